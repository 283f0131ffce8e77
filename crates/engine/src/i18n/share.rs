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

/// Said in the share box when a classroom table is too large to travel in a link
/// ([`crate::classroom::link::MAX_PARAM_CHARS`]): the link and codes carry no data, and the
/// download is the way to keep it.
pub fn too_large_for_link(lang: Lang, chars: usize) -> String {
    let max = crate::classroom::link::MAX_PARAM_CHARS;
    let (chars, max) = (super::thousands(chars), super::thousands(max));
    match lang {
        Lang::Ko => format!(
            "이 표는 링크에 담기에 너무 큽니다(압축해도 {chars}자, 링크에는 최대 {max}자). 아래 링크와 \
             코드에는 데이터가 들어가지 않으니, ‘지금 자료 내려받기’로 파일을 저장해 나눠 주세요."
        ),
        Lang::En => format!(
            "This table is too large for a link ({chars} characters compressed; a link holds at \
             most {max}). The link and codes below carry no data: keep it with “Download current \
             data” and share the file."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_too_large_for_a_link_says_the_limit() {
        assert_eq!(
            too_large_for_link(Lang::En, 9120),
            "This table is too large for a link (9,120 characters compressed; a link holds at most \
             8,000). The link and codes below carry no data: keep it with “Download current data” \
             and share the file."
        );
        assert!(too_large_for_link(Lang::Ko, 9120).starts_with(
            "이 표는 링크에 담기에 너무 큽니다(압축해도 9,120자, 링크에는 최대 8,000자)."
        ));
    }

    #[test]
    fn confirmations_say_what_was_copied() {
        assert_eq!(ShareUi::CopiedIframe.get(Lang::En), "Iframe code copied.");
        assert_eq!(ShareUi::CopiedLink.get(Lang::Ko), "링크를 복사했습니다.");
    }
}
