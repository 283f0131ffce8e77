//! Bilingual text: every string a reader sees exists in Korean and English.
//!
//! Pure data; no web dependencies. The UI picks a side with [`Text::get`].

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
}
