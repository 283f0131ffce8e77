//! Bilingual text: every string a reader sees exists in Korean and English.
//!
//! Pure data; no web dependencies. The UI picks a side with [`Text::get`]. Also how a text
//! from the data is made safe for a terminal ([`terminal_safe`]), for the widget's own bidi
//! isolation ([`neutralise_bidi`], applied to every dataset text by `validate::check`), and
//! for echoing back an option value a link or host page gave ([`echo`]).

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

/// True for a bidi control that opens an embedding or override (LRE, RLE, LRO, RLO: closed by
/// PDF U+202C) or an isolate (LRI, RLI, FSI: closed by PDI U+2069).
fn bidi_opener(c: char) -> Option<bool> {
    match c {
        '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => Some(false),
        '\u{2066}'..='\u{2068}' => Some(true),
        _ => None,
    }
}

/// `s` made harmless to the text around it: C0 and C1 controls removed (except `\n` and `\t`
/// when `keep_breaks`), a PDF or PDI that closes nothing `s` opened dropped (it would close
/// the *widget's* isolation, reversing the sentence a name sits in), and every embedding,
/// override or isolate `s` leaves open closed at its end. Paired, well-nested controls (a
/// legitimate right-to-left quote) are kept; text without controls is borrowed unchanged.
pub fn neutralise_bidi(s: &str, keep_breaks: bool) -> Cow<'_, str> {
    let harmful = |c: char| {
        (c.is_control() && !(keep_breaks && matches!(c, '\n' | '\t')))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !s.chars().any(harmful) {
        return Cow::Borrowed(s);
    }
    // Open controls, innermost last: `true` for an isolate.
    let mut open: Vec<bool> = Vec::new();
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        if let Some(isolate) = bidi_opener(c) {
            open.push(isolate);
            out.push(c);
        } else if c == '\u{2069}' {
            // A PDI closes its isolate and every embedding opened inside it.
            if let Some(at) = open.iter().rposition(|&i| i) {
                open.truncate(at);
                out.push(c);
            }
        } else if c == '\u{202C}' {
            // A PDF closes an embedding, never across an isolate.
            if open.last() == Some(&false) {
                open.pop();
                out.push(c);
            }
        } else if !harmful(c) {
            out.push(c);
        }
    }
    for isolate in open.into_iter().rev() {
        out.push(if isolate { '\u{2069}' } else { '\u{202C}' });
    }
    Cow::Owned(out)
}

/// Most characters of an outside value (an option from a link or a host page) echoed in a
/// message: enough to recognise a typo, too few to pass off a sentence as the widget's own.
pub const MAX_ECHO_CHARS: usize = 40;

/// An outside value as a message may quote it: every control and bidi control removed (an
/// option value has no business holding one), then cut to [`MAX_ECHO_CHARS`] characters with
/// "…", so `?lang=en.%20NOTICE:%20This%20ranking%20was%20retracted…` or a 200,000-character
/// `weights=` cannot become a fake headline or a box metres tall.
pub fn echo(s: &str) -> String {
    let mut chars = s.chars().filter(|&c| !is_terminal_control(c));
    let mut out: String = chars.by_ref().take(MAX_ECHO_CHARS).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
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

    #[test]
    fn an_unpaired_closer_cannot_close_the_widgets_isolation() {
        // The attack: a leading PDI would close the FSI the widget wraps the name in, and the
        // RLO would then reverse the rest of the sentence.
        assert_eq!(neutralise_bidi("\u{2069}\u{202E}Beta FC", false), "\u{202E}Beta FC\u{202C}");
        assert_eq!(neutralise_bidi("a\u{202C}b\u{2069}c", false), "abc");
        // Nested and paired controls are kept as written.
        let quote = "x \u{2067}\u{202B}ab\u{202C}\u{2069} y";
        assert_eq!(neutralise_bidi(quote, false), quote);
        // A PDI closes the embeddings opened inside its isolate; a PDF cannot cross it.
        assert_eq!(
            neutralise_bidi("\u{2068}\u{202E}a\u{2069}b", false),
            "\u{2068}\u{202E}a\u{2069}b"
        );
        assert_eq!(
            neutralise_bidi("\u{202E}\u{2068}a\u{202C}", false),
            "\u{202E}\u{2068}a\u{2069}\u{202C}"
        );
        // Controls: C0/C1 gone; line breaks and tabs only where the text may hold them.
        assert_eq!(neutralise_bidi("A\u{1b}[2J\u{9b}B\n\tC", true), "A[2JB\n\tC");
        assert_eq!(neutralise_bidi("A\nB", false), "AB");
        assert!(matches!(neutralise_bidi("LG AI연구원", false), Cow::Borrowed(_)));
    }

    #[test]
    fn an_echoed_value_is_plain_and_at_most_40_characters() {
        let lang = "en. NOTICE: This ranking was retracted by its authors; see example.org";
        assert_eq!(echo(lang), "en. NOTICE: This ranking was retracted b…");
        assert_eq!(echo(lang).chars().count(), 41);
        assert_eq!(echo(&"9".repeat(200_000)), format!("{}…", "9".repeat(40)));
        assert_eq!(echo("e\u{202E}n\u{2069}\u{1b}"), "en");
        assert_eq!(echo("fr"), "fr");
        // Exactly 40 characters: no ellipsis.
        assert_eq!(echo(&"가".repeat(40)), "가".repeat(40));
    }
}
