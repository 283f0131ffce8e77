//! How each language lists things and attaches particles: "KT·카카오" / "KT, Kakao and
//! Upstage", 이/가 and 은/는 after a name, "20,000", "five".
//!
//! Why a module: every sentence that inserts a name from the data needs these rules, and a
//! wrong particle is the first thing a Korean reader notices. No dependencies but [`Lang`].

use crate::text::Lang;

/// Small numbers as words, larger ones as digits (news style).
pub(crate) fn number_en(n: usize) -> String {
    const WORDS: [&str; 10] =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    WORDS.get(n).map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// "top five", "top 12": how English writes a small cut.
pub(crate) fn top_n_en(n: usize) -> String {
    format!("top {}", number_en(n))
}

/// Joins names the way each language lists them: "KT·카카오", "KT, Kakao and Upstage".
pub fn join(lang: Lang, items: &[&str]) -> String {
    match lang {
        Lang::Ko => items.join("·"),
        Lang::En => join_en(items),
    }
}

pub(crate) fn join_en(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The subject particle after `word`: 이 after a final consonant (LG AI연구원이), else 가
/// (KT가). Latin letters and digits are judged by their Korean reading (L, M, N, R; 0, 1, 3, 6,
/// 7, 8 end in a consonant).
pub fn josa_i_ga(word: &str) -> &'static str {
    if ends_in_consonant(word) { "이" } else { "가" }
}

fn ends_in_consonant(word: &str) -> bool {
    let last = word.trim_end_matches(|c: char| !c.is_alphanumeric()).chars().last();
    match last {
        Some(c @ '\u{AC00}'..='\u{D7A3}') => !(c as u32 - 0xAC00).is_multiple_of(28),
        Some(c) if c.is_ascii_alphabetic() => {
            matches!(c.to_ascii_uppercase(), 'L' | 'M' | 'N' | 'R')
        }
        Some(c) if c.is_ascii_digit() => matches!(c, '0' | '1' | '3' | '6' | '7' | '8'),
        _ => false,
    }
}

/// "20,000": digits grouped by thousands (both languages use commas).
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The topic particle after `word`: 은 after a final consonant, else 는.
pub fn josa_eun_neun(word: &str) -> &'static str {
    if ends_in_consonant(word) { "은" } else { "는" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_follow_the_last_sound() {
        assert_eq!(josa_i_ga("KT"), "가");
        assert_eq!(josa_i_ga("LG AI연구원"), "이");
        assert_eq!(josa_i_ga("카카오"), "가");
        assert_eq!(josa_i_ga("KT·네이버클라우드"), "가");
    }
}
