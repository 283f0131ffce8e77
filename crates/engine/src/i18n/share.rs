//! The words of the share box: copy buttons and their confirmations ([`ShareUi`]).
//!
//! Why a module: the links and embed codes themselves are built (and escaped) in
//! [`crate::share`]; only what a reader reads lives here, next to every other label.

use super::pick;
use crate::text::Lang;

/// Label of a copy button or of its confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareUi {
    /// Heading of the share box.
    Heading,
    /// "Copy link".
    CopyLink,
    /// "Copy embed code" (script).
    CopyScript,
    /// "Copy iframe code".
    CopyIframe,
    /// Confirmation after copying the link (each copy says what it copied, so a second copy
    /// of another text is announced too).
    CopiedLink,
    /// Confirmation after copying the script code.
    CopiedScript,
    /// Confirmation after copying the iframe code.
    CopiedIframe,
    /// The clipboard refused: the text is selected below.
    CopyByHand,
}

impl ShareUi {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            ShareUi::Heading => ("공유하기", "Share"),
            ShareUi::CopyLink => ("링크 복사", "Copy link"),
            ShareUi::CopyScript => ("임베드 코드 복사", "Copy embed code"),
            ShareUi::CopyIframe => ("iframe 코드 복사", "Copy iframe code"),
            ShareUi::CopiedLink => ("링크를 복사했습니다.", "Link copied."),
            ShareUi::CopiedScript => ("임베드 코드를 복사했습니다.", "Embed code copied."),
            ShareUi::CopiedIframe => ("iframe 코드를 복사했습니다.", "Iframe code copied."),
            ShareUi::CopyByHand => (
                "자동 복사가 막혀 있습니다. 아래 선택된 글을 Ctrl+C(⌘C)로 복사하세요.",
                "The clipboard is blocked: copy the selected text below with Ctrl+C (⌘C).",
            ),
        };
        pick(lang, ko, en)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confirmations_say_what_was_copied() {
        assert_eq!(ShareUi::CopiedIframe.get(Lang::En), "Iframe code copied.");
        assert_eq!(ShareUi::CopiedLink.get(Lang::Ko), "링크를 복사했습니다.");
    }
}
