//! `kai-prerender`: the widget as static HTML, rendered at build time with Yew SSR (see
//! `kai_ranking::prerender`), for readers without JavaScript, search engines and first paint.
//!
//! Exit status: 0 ok, 1 a page or the data could not be processed, 2 bad arguments.

use std::path::PathBuf;
use std::process::ExitCode;

use kai_ranking::options;
use kai_ranking::prerender::{PrerenderError, Request, embedded_data, inject, render};

const USAGE: &str = "\
kai-prerender: the K-AI ranking widget as static HTML (Yew SSR), for pages without scripts.

USAGE:
  kai-prerender [KEY=VALUE]...     print the widget's HTML fragment to standard output
  kai-prerender --inject FILE...   replace every <!--kai-prerender [KEY=VALUE]...--> marker in
                                   each FILE (in place) with the widget it asks for
  kai-prerender --options-js       print www/options.js (the options table for the JS glue)
  kai-prerender --help

KEY (the options mount() takes; base defaults to ./, as the live hosts pass one):
";

/// [`USAGE`], then one line per option a marker takes, from the options table.
fn usage() -> String {
    let mut out = USAGE.to_string();
    for o in options::OPTIONS.iter().filter(|o| o.prerender) {
        out.push_str(&format!("  {:<10} {}\n", o.name, o.meaning));
    }
    out.push_str("  instance   widget number on the page (element ids; default 0, or the marker's position)\n");
    out
}

/// One failure of one input, printed on standard error.
fn fail(what: &str, e: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("kai-prerender: {what}: {e}");
    ExitCode::from(1)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        print!("{}", usage());
        return ExitCode::SUCCESS;
    }
    if args.first().map(String::as_str) == Some("--options-js") {
        print!("{}", options::js_module());
        return ExitCode::SUCCESS;
    }
    let data = match embedded_data() {
        Ok(d) => d,
        Err(e) => return fail("data", &e),
    };
    if args.first().map(String::as_str) == Some("--inject") {
        let files: Vec<PathBuf> = args[1..].iter().map(PathBuf::from).collect();
        if files.is_empty() {
            eprint!("kai-prerender: --inject needs at least one FILE\n\n{}", usage());
            return ExitCode::from(2);
        }
        for file in files {
            let name = file.display().to_string();
            let page = match std::fs::read_to_string(&file) {
                Ok(p) => p,
                Err(e) => return fail(&name, &e),
            };
            let (out, n) = match inject(&data, &page) {
                Ok(r) => r,
                Err(e) => return fail(&name, &e),
            };
            // A page without markers is left untouched (not even rewritten).
            if n > 0
                && let Err(e) = std::fs::write(&file, &out)
            {
                return fail(&name, &e);
            }
            eprintln!(
                "kai-prerender: {name}: {n} widget(s), +{} bytes",
                out.len().saturating_sub(page.len())
            );
        }
        return ExitCode::SUCCESS;
    }
    let request = match Request::parse(args.iter().map(String::as_str), 0) {
        Ok(r) => r,
        Err(PrerenderError::UnknownOption { option, .. }) => {
            eprint!("kai-prerender: unknown argument `{option}`\n\n{}", usage());
            return ExitCode::from(2);
        }
        Err(e) => {
            eprint!("kai-prerender: {e}\n\n{}", usage());
            return ExitCode::from(2);
        }
    };
    match render(&data, &request, request.instance.unwrap_or(0)) {
        Ok(html) => {
            println!("{html}");
            ExitCode::SUCCESS
        }
        Err(e) => fail("render", &e),
    }
}
