//! Bilingual text: every string a reader sees exists in Korean and English.
//!
//! Pure data; no web dependencies. The UI picks a side with [`Text::get`]. Also how a text
//! from the data is made safe for a terminal ([`terminal_safe`]).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// The reader's language. Korean is the default because the widget's readers are Korean.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// 한국어 (default).
    #[default]
    Ko,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag, for `lang` attributes and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
        }
    }

    /// Parses `ko`/`en` (case-insensitive, surrounding blanks ignored); anything else is `None`
    /// so callers decide whether to fall back or to report.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ko" | "kr" | "kor" | "korean" => Some(Lang::Ko),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A string in both languages. Either side may be missing in raw input; validation reports it,
/// and [`Text::get`] falls back to the other side so a reader never sees a blank.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Text {
    /// Korean.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ko: String,
    /// English.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
}

impl Text {
    /// Builds a text from both sides.
    pub fn new(ko: impl Into<String>, en: impl Into<String>) -> Text {
        Text { ko: ko.into(), en: en.into() }
    }

    /// The text in `lang`, or the other language when that side is empty.
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Ko => (&self.ko, &self.en),
            Lang::En => (&self.en, &self.ko),
        };
        if first.trim().is_empty() { second } else { first }
    }
}

/// True for the characters a terminal may act on instead of showing: C0 controls (ESC, BEL,
/// line breaks, tab), DEL, C1 controls (a UTF-8 terminal may take U+009B as CSI) and the
/// bidirectional controls that reorder what follows them (Trojan-Source style).
pub fn is_terminal_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every [`is_terminal_control`] character written as a visible Rust-style escape
/// (`\u{1b}`), so a dataset's team name cannot retitle the window, clear the screen or
/// reorder a line of the CLI's output. Borrowed when there is nothing to escape.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_terminal_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_terminal_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Serialized JSON with every [`is_terminal_control`] character left raw by the serializer
/// (C1 and bidi controls; serde_json already escapes C0) written as a JSON `\uXXXX` escape: the
/// same JSON value, but safe to print to a terminal. Such characters can only occur inside
/// JSON strings, where `\uXXXX` is valid.
pub fn terminal_safe_json(json: &str) -> Cow<'_, str> {
    if !json.chars().any(is_terminal_control) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        if is_terminal_control(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_the_other_language() {
        let t = Text::new("", "Sovereignty");
        assert_eq!(t.get(Lang::Ko), "Sovereignty");
        assert_eq!(Text::new("자주성", "Sovereignty").get(Lang::Ko), "자주성");
    }

    #[test]
    fn parses_language_codes() {
        assert_eq!(Lang::parse(" EN "), Some(Lang::En));
        assert_eq!(Lang::parse("ko"), Some(Lang::Ko));
        assert_eq!(Lang::parse("fr"), None);
    }

    #[test]
    fn terminal_escapes_are_shown_not_run() {
        let name = "Alpha\u{1b}]0;PWNED\u{7}\u{1b}[2J";
        assert_eq!(terminal_safe(name), "Alpha\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J");
        assert_eq!(terminal_safe("a\u{9b}b\u{202e}c\nd"), "a\\u{9b}b\\u{202e}c\\u{a}d");
        assert!(matches!(terminal_safe("LG AI연구원"), Cow::Borrowed("LG AI연구원")));
        assert_eq!(
            terminal_safe_json("{\"n\":\"a\u{9b}\u{2067}\"}"),
            "{\"n\":\"a\\u009b\\u2067\"}"
        );
    }
}
