//! Which language a request is answered in: `lang` (query or body) first, then the
//! `Accept-Language` header by quality, then en-US. Never an error.

use axum::http::{HeaderMap, Uri, header};
use unic_langid::LanguageIdentifier;

use super::Shared;
use crate::i18n;

/// The `lang` query parameter, if any (percent-decoded).
pub fn query_lang(uri: &Uri) -> Option<String> {
    query_param(uri, "lang")
}

/// A query parameter, percent-decoded; the first one wins.
pub fn query_param(uri: &Uri, name: &str) -> Option<String> {
    let query = uri.query()?;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name).then(|| percent_decode(v))
    })
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// The languages of an `Accept-Language` header, most wanted first (`q=0` and `*` left out).
pub fn accept_language(value: &str) -> Vec<LanguageIdentifier> {
    let mut tags: Vec<(f32, usize, LanguageIdentifier)> = value
        .split(',')
        .enumerate()
        .filter_map(|(n, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let mut q = 1.0f32;
            for p in pieces {
                if let Some(v) = p.trim().strip_prefix("q=") {
                    q = v.trim().parse().ok().filter(|q: &f32| q.is_finite())?;
                }
            }
            if q <= 0.0 {
                return None;
            }
            let id = tag.replace('_', "-").parse().ok()?;
            Some((q, n, id))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.into_iter().map(|(_, _, id)| id).collect()
}

/// The locale to answer in.
pub fn for_request(s: &Shared, lang: Option<&str>, headers: &HeaderMap) -> String {
    if let Some(lang) = lang.map(str::trim).filter(|l| !l.is_empty()) {
        return i18n::negotiate(Some(lang), s.locales()).locale;
    }
    let wanted = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(accept_language)
        .unwrap_or_default();
    let available: Vec<LanguageIdentifier> = s.locales().filter_map(|l| l.parse().ok()).collect();
    let chosen = fluent_langneg::negotiate_languages(
        &wanted,
        &available,
        None,
        fluent_langneg::NegotiationStrategy::Filtering,
    );
    chosen
        .first()
        .map(|l| l.to_string())
        .unwrap_or_else(|| i18n::FALLBACK.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quality_orders_languages() {
        let got: Vec<String> = accept_language("en;q=0.5, fi-FI, fr;q=0.8, de;q=0, *;q=0.1")
            .iter()
            .map(|l| l.to_string())
            .collect();
        assert_eq!(got, ["fi-FI", "fr", "en"]);
    }

    #[test]
    fn garbage_is_ignored() {
        assert!(accept_language(";;,,q=x, ;q=1").is_empty());
        assert!(accept_language("fi;q=abc").is_empty());
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("fi%2DFI"), "fi-FI");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("a+b"), "a b");
    }
}
