//! Checks a dataset fetched from another URL (the `data-src` attribute of `<kai-ranking>`)
//! before it is parsed, and says in both languages why it could not be used.
//!
//! Why a module of its own: a newsroom pointing the widget at its own JSON will meet 404s,
//! HTML error pages, half-written JSON and schema mistakes; each must become a clear message
//! *inside the widget*, never a blank box. The fetch itself happens in `www/kai-ranking.js`
//! (no web-sys fetch features in the wasm); this module is pure Rust, so the wording is
//! tested natively; the sentences themselves are in [`crate::i18n`]. The size limit, the
//! syntax-error place and the parse are the widget's one loader's, for every source alike
//! ([`crate::load`]); this module adds what only a fetched file can get wrong. Depends on
//! [`crate::validate`], [`crate::i18n`] and [`crate::text`] only.

use std::fmt;

use crate::i18n;
use crate::text::Lang;
use crate::validate::Problem;

/// Most problems listed in the widget; the rest are counted, so a broken file with hundreds
/// of mistakes does not push the page down by metres.
pub const MAX_LISTED: usize = 8;

/// Why a `data-src` dataset could not be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The request failed before any answer (offline, CORS refused, bad URL).
    Network {
        /// The URL asked for.
        url: String,
    },
    /// The server answered with an error status.
    Http {
        /// The URL asked for.
        url: String,
        /// The HTTP status, e.g. 404.
        status: u16,
    },
    /// The answer did not finish within the element's time limit (15 s; a server dripping
    /// bytes would otherwise leave the widget blank for as long as it likes).
    Timeout {
        /// The URL asked for.
        url: String,
        /// The limit, in seconds.
        seconds: u32,
    },
    /// The answer is a web page (HTML), not JSON: usually a wrong path or a login page.
    NotJson {
        /// The URL asked for.
        url: String,
    },
    /// The answer is JSON-like but not a valid dataset (size, syntax, types or content).
    Invalid {
        /// The URL asked for.
        url: String,
        /// Every problem found, in file order.
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// The URL the widget tried to load.
    pub fn url(&self) -> &str {
        match self {
            LoadError::Network { url }
            | LoadError::Http { url, .. }
            | LoadError::NotJson { url }
            | LoadError::Timeout { url, .. }
            | LoadError::Invalid { url, .. } => url,
        }
    }

    /// One-sentence headline in `lang`.
    pub fn headline(&self, lang: Lang) -> String {
        i18n::load_headline(lang, self)
    }

    /// The problems to list under the headline, in `lang`: at most [`MAX_LISTED`], then a
    /// count of the rest. Empty for network, HTTP and HTML errors.
    pub fn details(&self, lang: Lang) -> Vec<String> {
        let LoadError::Invalid { problems, .. } = self else { return Vec::new() };
        let mut out: Vec<String> =
            problems.iter().take(MAX_LISTED).map(|p| p.message(lang)).collect();
        let rest = problems.len().saturating_sub(MAX_LISTED);
        if rest > 0 {
            out.push(i18n::more_problems(lang, rest));
        }
        out
    }

    /// `File: <url>` in `lang`, so the page author knows which attribute to fix.
    pub fn source_line(&self, lang: Lang) -> String {
        i18n::source_line(lang, self.url())
    }
}

impl fmt::Display for LoadError {
    /// English headline, then the problems, one per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.headline(Lang::En))?;
        for line in self.details(Lang::En) {
            write!(f, "\n{line}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Refuses a fetched body that is a web page (HTML) rather than JSON: servers often answer a
/// wrong path with a 200 page. Size, byte-order mark and syntax are checked by the loader, as
/// for every other source ([`crate::load::prepare`]).
///
/// # Errors
/// [`LoadError::NotJson`].
pub fn precheck(url: &str, body: &str) -> Result<(), LoadError> {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    if body.trim_start().starts_with('<') {
        return Err(LoadError::NotJson { url: url.to_string() });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::ProblemKind;

    const URL: &str = "https://example.org/data.json";

    #[test]
    fn a_404_says_which_status_in_both_languages() {
        let e = LoadError::Http { url: URL.into(), status: 404 };
        assert_eq!(
            e.headline(Lang::Ko),
            "자료 파일을 받지 못했습니다: 서버가 HTTP 404 오류로 답했습니다."
        );
        assert_eq!(
            e.headline(Lang::En),
            "The data file could not be fetched: the server answered HTTP 404."
        );
        assert_eq!(e.source_line(Lang::En), "File: https://example.org/data.json");
        assert!(e.details(Lang::En).is_empty());
    }

    #[test]
    fn a_timeout_says_how_long_the_widget_waited() {
        let e = LoadError::Timeout { url: URL.into(), seconds: 15 };
        assert_eq!(
            e.headline(Lang::En),
            "The data file did not arrive within 15 seconds, so loading stopped."
        );
        assert_eq!(e.headline(Lang::Ko), "자료 파일이 15초 안에 다 오지 않아 받기를 멈췄습니다.");
        let one = LoadError::Timeout { url: URL.into(), seconds: 1 };
        assert_eq!(
            one.headline(Lang::En),
            "The data file did not arrive within 1 second, so loading stopped."
        );
        assert_eq!(one.url(), URL);
        assert!(one.details(Lang::En).is_empty());
    }

    #[test]
    fn an_html_page_is_refused_before_parsing() {
        let e = precheck(URL, "\n  <!doctype html><html>…").unwrap_err();
        assert_eq!(e, LoadError::NotJson { url: URL.into() });
        assert_eq!(
            e.headline(Lang::En),
            "The data file is a web page (HTML), not JSON. Check the address."
        );
    }

    #[test]
    fn json_passes_even_after_a_byte_order_mark() {
        assert_eq!(precheck(URL, "\u{feff}{\"a\":1}"), Ok(()));
        assert_eq!(precheck(URL, "\u{feff}<html>"), Err(LoadError::NotJson { url: URL.into() }));
    }

    #[test]
    fn long_problem_lists_are_cut_with_a_count() {
        let problems =
            (0..11).map(|i| Problem::new(format!("teams[{i}].id"), ProblemKind::Empty)).collect();
        let e = LoadError::Invalid { url: URL.into(), problems };
        let d = e.details(Lang::Ko);
        assert_eq!(d.len(), MAX_LISTED + 1);
        assert_eq!(d[MAX_LISTED], "… 외 3개");
        assert_eq!(e.headline(Lang::Ko), "자료 파일에 문제가 11개 있어 보여 줄 수 없습니다.");
    }
}
