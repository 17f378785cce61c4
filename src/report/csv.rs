//! CSV: one row per finding (RFC 4180: comma separated, CRLF line ends, fields quoted when they
//! hold a comma, quote or line break, quotes doubled), UTF-8. The header is in the report's
//! language; the rule id and severity key stay machine-readable.

use super::Report;

/// An RFC 4180 writer.
#[derive(Default)]
pub struct Csv {
    out: String,
}

impl Csv {
    pub fn row<S: AsRef<str>>(&mut self, fields: &[S]) {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            self.field(f.as_ref());
        }
        self.out.push_str("\r\n");
    }

    fn field(&mut self, f: &str) {
        // A cell that starts like a formula is run by spreadsheets (CSV injection): device and
        // user names come from the tenant, so neutralize it with a leading apostrophe.
        let guarded;
        let f = if f.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            guarded = format!("'{f}");
            guarded.as_str()
        } else {
            f
        };
        if f.contains([',', '"', '\r', '\n']) {
            self.out.push('"');
            self.out.push_str(&f.replace('"', "\"\""));
            self.out.push('"');
        } else {
            self.out.push_str(f);
        }
    }

    pub fn finish(self) -> String {
        self.out
    }
}

pub fn render(r: &Report, excel: bool) -> String {
    let mut csv = Csv::default();
    csv.row(&[
        "severity".to_string(),
        r.ui("label-severity"),
        "rule".to_string(),
        r.ui("label-title"),
        r.ui("label-area"),
        r.ui("label-subject-kind"),
        r.ui("label-subject-id"),
        r.ui("label-subject-name"),
        r.ui("label-detail"),
        r.ui("label-cause"),
        r.ui("label-steps"),
        r.ui("label-warning"),
        r.ui("label-docs"),
        r.ui("label-explained-by"),
    ]);
    for f in &r.diagnosis.findings {
        let rule = &r.knowledge.rules[f.rule];
        let t = crate::render::rule_text(r.loc, rule, Some(&f.args));
        let steps: Vec<String> = t
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}. {s}", i + 1))
            .collect();
        let docs: Vec<String> = t.docs.iter().map(|d| d.url.clone()).collect();
        csv.row(&[
            f.severity.as_str().to_string(),
            r.severity(f.severity),
            rule.id().to_string(),
            t.title,
            r.area(rule.spec.area.as_str()),
            f.subject.kind.clone(),
            f.subject.id.clone(),
            f.subject.name.clone().unwrap_or_default(),
            t.detail.unwrap_or_default(),
            t.cause,
            steps.join("\n"),
            t.warning.unwrap_or_default(),
            docs.join("\n"),
            f.explained_by
                .as_ref()
                .map(|e| e.rule.clone())
                .unwrap_or_default(),
        ]);
    }
    let body = csv.finish();
    if excel {
        format!("\u{feff}{body}")
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::Csv;

    #[test]
    fn rfc4180_quoting_and_formula_guard() {
        let mut c = Csv::default();
        c.row(&["plain", "a,b", "say \"hi\"", "two\nlines", "=1+1"]);
        assert_eq!(
            c.finish(),
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1\r\n"
        );
    }
}
