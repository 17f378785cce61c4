//! Text normalization shared by the matcher's terms and what people paste.
//!
//! Text → Unicode NFKC (full-width letters become ASCII) → words split at punctuation, spaces
//! and CamelCase humps (`DeviceCapReached` → `device cap reached`, `APNSCertificateNotValid` →
//! `apns certificate not valid`, `ACCESS_DENIED` → `access denied`) → lowercase → minus a few
//! function words (`a`, `the`, `has`…), so `A Network Error Has Occurred` and
//! `network error occurred` are the same words.
//!
//! Numbers that can be error codes are read separately, into one canonical 32-bit value:
//! `0x87D155F4`, `2278643188` and `-2016324108` are the same code.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

const STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "this", "that", "these", "those", "it", "its", "your", "you", "my", "our",
    "for", "from", "with", "by", "on", "in", "at", "as", "please", "if",
];

/// NFKC-normalized text.
pub fn nfkc(text: &str) -> String {
    nfkc_cow(text).into_owned()
}

/// NFKC-normalized text, borrowed when it is ASCII (which NFKC leaves as it is).
fn nfkc_cow(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfkc().collect())
    }
}

/// The content words of a text, normalized (see the module docs).
pub fn words(text: &str) -> Vec<String> {
    content_words(all_words(text))
}

/// `all_words` minus the function words.
pub fn content_words(mut all: Vec<String>) -> Vec<String> {
    all.retain(|w| !STOPWORDS.contains(&w.as_str()));
    all
}

/// Every word of a text, normalized, function words included.
pub fn all_words(text: &str) -> Vec<String> {
    let text = nfkc_cow(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        if !cur.is_empty() {
            out.push(std::mem::take(cur));
        }
    };
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            flush(&mut cur, &mut out);
            continue;
        }
        if !cur.is_empty() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            let hump = (prev.is_lowercase() && c.is_uppercase())
                || (prev.is_uppercase() && c.is_uppercase() && next_lower);
            if hump {
                flush(&mut cur, &mut out);
            }
        }
        if c.is_ascii() {
            cur.push(c.to_ascii_lowercase());
        } else {
            cur.extend(c.to_lowercase());
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// Canonical value of one code written as `0x…` hex, or as an unsigned or signed decimal.
pub fn code_value(token: &str) -> Option<u32> {
    let t = token.trim();
    if let Some(hex) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        return u32::from_str_radix(hex, 16).ok();
    }
    let v: i64 = t.parse().ok()?;
    if v < 0 {
        i32::try_from(v).ok().map(|v| v as u32)
    } else {
        u32::try_from(v).ok()
    }
}

/// Every number in the text that can be an error code: hex (`0x…`) or decimal with at least
/// four digits, signed when a minus sign stands right before it (and not inside a word or a
/// date such as `2026-11-22`).
pub fn codes(text: &str) -> Vec<u32> {
    let text = nfkc_cow(text);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if !starts_word || !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let hex = bytes[i] == b'0' && matches!(bytes.get(i + 1), Some(b'x' | b'X'));
        let mut j = if hex { i + 2 } else { i };
        while j < bytes.len()
            && (if hex {
                bytes[j].is_ascii_hexdigit()
            } else {
                bytes[j].is_ascii_digit()
            })
        {
            j += 1;
        }
        let ends_word = j == bytes.len() || !bytes[j].is_ascii_alphanumeric();
        let digits = j - i - if hex { 2 } else { 0 };
        if ends_word && (hex && (1..=8).contains(&digits) || !hex && (4..=10).contains(&digits)) {
            let negative = !hex
                && i > 0
                && bytes[i - 1] == b'-'
                && (i == 1 || !bytes[i - 2].is_ascii_alphanumeric());
            let token = &text[i..j];
            let value = if negative {
                code_value(&format!("-{token}"))
            } else {
                code_value(token)
            };
            out.extend(value);
        }
        i = j.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_and_spacing_are_the_same_words() {
        assert_eq!(words("DeviceCapReached"), words("device cap  reached"));
        assert_eq!(
            words("APNSCertificateNotValid"),
            ["apns", "certificate", "not", "valid"]
        );
        assert_eq!(words("ACCESS_DENIED"), ["access", "denied"]);
        assert_eq!(
            words("ＤｅｖｉｃｅＣａｐＲｅａｃｈｅｄ"),
            ["device", "cap", "reached"]
        );
        assert_eq!(
            words("Profile Installation Failed. A Network Error Has Occurred."),
            [
                "profile",
                "installation",
                "failed",
                "network",
                "error",
                "occurred"
            ]
        );
    }

    #[test]
    fn one_code_in_every_form() {
        let want = 0x87D1_55F4;
        assert_eq!(codes("0x87D155F4"), [want]);
        assert_eq!(codes("-2016324108"), [want]);
        assert_eq!(codes("2278643188"), [want]);
        assert_eq!(codes("error -2016324108 (0x87d155f4)"), [want, want]);
        assert_eq!(codes("12004:Invalid push certificate"), [12004]);
        assert!(codes("2026-11-22 10:00:01").iter().all(|c| *c == 2026));
        assert!(codes("abc-12345").contains(&12345));
    }
}
