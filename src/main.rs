//! The `mdmdoc` binary: parse arguments, run, map the outcome to an exit status
//! (0 ok, 1 findings or no match, 2 bad usage or input).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use mdmdoc::app::{self, Io, Outcome};
use mdmdoc::cli::Cli;
use mdmdoc::render::Style;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let stdout = std::io::stdout();
    let tty = stdout.is_terminal();
    let style = Style {
        color: anstream::AutoStream::choice(&stdout) != anstream::ColorChoice::Never,
        width: if tty {
            None
        } else {
            Some(
                std::env::var("COLUMNS")
                    .ok()
                    .and_then(|c| c.parse().ok())
                    .unwrap_or(100),
            )
        },
    };
    let mut out = stdout.lock();
    let mut err = std::io::stderr();
    let result = app::run(
        &cli,
        &mut Io {
            out: &mut out,
            err: &mut err,
            style,
        },
    );
    let _ = out.flush();
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Found) => ExitCode::from(1),
        Err(e) => {
            let _ = writeln!(err, "{}", app::error_text(&cli, &e));
            ExitCode::from(2)
        }
    }
}
