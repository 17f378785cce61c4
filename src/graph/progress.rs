//! What a collection run tells the person waiting: a progress bar per collection on stderr when
//! stderr is a terminal (quiet otherwise), and a note for each retry, in the reader's language.

use std::collections::HashMap;
use std::io::Write;
use std::time::Duration;

use fluent_bundle::FluentValue;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::i18n::Localizer;

/// Something that happened during a run.
#[derive(Debug, Clone)]
pub enum Event {
    Started {
        collection: String,
    },
    /// Another page is on disk; `items` counts every record so far.
    Page {
        collection: String,
        items: u64,
    },
    Retry {
        collection: String,
        host: String,
        cause: RetryCause,
        delay: Duration,
        attempt: u32,
        max: u32,
    },
    Finished {
        collection: String,
        items: u64,
        not_configured: bool,
    },
}

#[derive(Debug, Clone)]
pub enum RetryCause {
    Status(u16),
    Timeout,
    Network(String),
}

/// Renders events on stderr.
pub struct Reporter<'a> {
    loc: &'a Localizer,
    err: &'a mut dyn Write,
    bars: Option<Bars>,
}

struct Bars {
    multi: MultiProgress,
    style: ProgressStyle,
    by_collection: HashMap<String, ProgressBar>,
}

impl<'a> Reporter<'a> {
    /// `tty`: stderr is a terminal, so progress bars make sense.
    pub fn new(loc: &'a Localizer, err: &'a mut dyn Write, tty: bool) -> Reporter<'a> {
        let bars = tty.then(|| Bars {
            multi: MultiProgress::with_draw_target(ProgressDrawTarget::stderr()),
            style: ProgressStyle::with_template("{spinner} {prefix:34} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            by_collection: HashMap::new(),
        });
        Reporter { loc, err, bars }
    }

    pub fn handle(&mut self, event: Event) {
        match event {
            Event::Started { collection } => {
                if let Some(b) = &mut self.bars {
                    let bar = b.multi.add(ProgressBar::new_spinner());
                    bar.set_style(b.style.clone());
                    bar.set_prefix(collection.clone());
                    bar.enable_steady_tick(Duration::from_millis(120));
                    b.by_collection.insert(collection, bar);
                }
            }
            Event::Page { collection, items } => {
                if let Some(bar) = self.bar(&collection) {
                    let text = self.loc.ui(
                        "collect-progress-items",
                        &[("count", FluentValue::from(items as f64))],
                    );
                    bar.set_message(text);
                }
            }
            Event::Finished {
                collection,
                items,
                not_configured,
            } => {
                let text = if not_configured {
                    self.loc.ui("collect-progress-not-configured", &[])
                } else {
                    self.loc.ui(
                        "collect-progress-done",
                        &[("count", FluentValue::from(items as f64))],
                    )
                };
                if let Some(bar) = self.bar(&collection) {
                    bar.finish_with_message(text);
                }
            }
            Event::Retry {
                collection,
                host,
                cause,
                delay,
                attempt,
                max,
            } => {
                let seconds = format!("{:.1}", delay.as_secs_f64());
                let mut args = vec![
                    ("collection", FluentValue::from(collection)),
                    ("host", FluentValue::from(host)),
                    ("seconds", FluentValue::from(seconds)),
                    ("attempt", FluentValue::from(attempt as f64)),
                    ("max", FluentValue::from(max as f64)),
                ];
                let id = match cause {
                    RetryCause::Status(s) => {
                        args.push(("status", FluentValue::from(s as f64)));
                        "collect-retry-status"
                    }
                    RetryCause::Timeout => "collect-retry-timeout",
                    RetryCause::Network(reason) => {
                        args.push(("reason", FluentValue::from(reason)));
                        "collect-retry-network"
                    }
                };
                let line = format!(
                    "{} {}",
                    self.loc.ui("warning-prefix", &[]),
                    self.loc.ui(id, &args)
                );
                match &self.bars {
                    Some(b) => {
                        let _ = b.multi.println(line);
                    }
                    None => {
                        let _ = writeln!(self.err, "{line}");
                    }
                }
            }
        }
    }

    fn bar(&self, collection: &str) -> Option<&ProgressBar> {
        self.bars.as_ref()?.by_collection.get(collection)
    }

    /// Stops every bar (a failed run leaves none spinning).
    pub fn finish(&mut self) {
        if let Some(b) = &mut self.bars {
            for bar in b.by_collection.values() {
                if !bar.is_finished() {
                    bar.abandon();
                }
            }
        }
    }
}
