//! How each language lists things and attaches particles: "KT·카카오" / "KT, Kakao and
//! Upstage", 이/가, 은/는, 을/를 and 과/와 after a name, "20,000", "five", "상위 5팀",
//! "global reach" in mid-sentence.
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

/// "상위 5팀": how Korean writes the top `n` teams (never "상위 5위", which names a place).
pub fn top_n_ko(n: usize) -> String {
    format!("상위 {n}팀")
}

/// A criterion's label as it reads inside an English sentence: "Industry impact" →
/// "industry impact", while acronyms ("AI", "GPU") and one-letter words keep their capitals.
/// Korean labels come back unchanged.
pub fn mid_sentence_en(label: &str) -> String {
    label
        .split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match (chars.next(), chars.as_str()) {
                (Some(first), rest)
                    if first.is_uppercase()
                        && !rest.is_empty()
                        && rest.chars().all(|c| !c.is_uppercase()) =>
                {
                    format!("{}{rest}", first.to_lowercase())
                }
                _ => word.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
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
/// (KT가). See [`ends_in_consonant`] for names in Latin letters and digits.
pub fn josa_i_ga(word: &str) -> &'static str {
    if ends_in_consonant(word) { "이" } else { "가" }
}

/// The object particle after `word`: 을 after a final consonant (성능을), else 를 (KT를).
pub fn josa_eul_reul(word: &str) -> &'static str {
    if ends_in_consonant(word) { "을" } else { "를" }
}

/// The "and / with" particle after `word`: 과 after a final consonant (실제 선정과), else 와
/// (같은 가중치와).
pub fn josa_wa_gwa(word: &str) -> &'static str {
    if ends_in_consonant(word) { "과" } else { "와" }
}

/// Whether `word`, read aloud in Korean, ends in a consonant (받침), which picks the particle.
/// Hangul by its final jamo; Latin letters as Koreans spell them out (L 엘, M 엠, N 엔, R 알
/// end in a consonant; "LG" 엘지, "SKT" 에스케이티, "NC AI" 엔씨 에이아이 do not); digits by their
/// Sino-Korean reading (0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 do; 2 이, 4 사, 5 오, 9 구 do not), so
/// "10" (십) and "100" (백) do too. Trailing punctuation and spaces are skipped.
pub fn ends_in_consonant(word: &str) -> bool {
    let trimmed = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    // The last run of Latin letters: an acronym ("SKT") is spelt out letter by letter, a word
    // ("Naver" 네이버, "Telecom" 텔레콤) is read as a word.
    let latin_tail: &str =
        trimmed.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or_default();
    let acronym = latin_tail.len() == 1 || latin_tail.chars().all(|c| c.is_ascii_uppercase());
    match trimmed.chars().last() {
        Some(c @ '\u{AC00}'..='\u{D7A3}') => !(c as u32 - 0xAC00).is_multiple_of(28),
        Some(c) if c.is_ascii_alphabetic() && acronym => {
            matches!(c.to_ascii_uppercase(), 'L' | 'M' | 'N' | 'R')
        }
        // A word read as a word: a final l, m, n, ng, b, k, p keeps its sound (텔레콤, 랩,
        // 브레인); a final vowel, r (네이버), d, t, s, f (클라우드, 모티프) ends in a vowel.
        Some(c) if c.is_ascii_alphabetic() => {
            matches!(c.to_ascii_lowercase(), 'l' | 'm' | 'n' | 'g' | 'b' | 'k' | 'p')
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
        assert_eq!(josa_wa_gwa("같은 가중치"), "와");
        assert_eq!(josa_wa_gwa("실제 선정"), "과");
        assert_eq!(josa_eul_reul("성능"), "을");
        assert_eq!(josa_eul_reul("자주성 점수"), "를");
        assert_eq!(josa_eun_neun("업스테이지"), "는");
        assert_eq!(josa_eun_neun("SK텔레콤"), "은");
    }

    /// Hand-read: how a Korean reader says each name or number aloud.
    #[test]
    fn latin_names_and_digits_are_read_the_korean_way() {
        for (word, consonant) in [
            ("LG", false),    // 엘지
            ("SKT", false),   // 에스케이티
            ("NC AI", false), // 엔씨 에이아이
            ("KT", false),    // 케이티
            ("Upstage", false),
            ("LLM", true),            // 엘엘엠
            ("Naver", false),         // 네이버: a word, read as one
            ("Telecom", true),        // 텔레콤
            ("Kakao Brain", true),    // 브레인
            ("Trillion Labs", false), // 랩스
            ("8", true),              // 팔
            ("10", true),             // 십
            ("3", true),              // 삼
            ("1", true),              // 일
            ("2", false),             // 이
            ("5", false),             // 오
            ("9", false),             // 구
            ("100", true),            // 백
            ("모티프", false),
            ("정예팀", true),
            ("KT.", false),
            ("", false),
        ] {
            assert_eq!(ends_in_consonant(word), consonant, "{word:?}");
        }
    }

    #[test]
    fn top_n_counts_teams_not_places() {
        assert_eq!(top_n_ko(5), "상위 5팀");
        assert_eq!(top_n_en(5), "top five");
        assert_eq!(top_n_en(12), "top 12");
    }

    #[test]
    fn criterion_names_are_lower_case_inside_a_sentence() {
        assert_eq!(mid_sentence_en("Industry impact"), "industry impact");
        assert_eq!(mid_sentence_en("Global reach"), "global reach");
        assert_eq!(mid_sentence_en("AI sovereignty"), "AI sovereignty");
        assert_eq!(mid_sentence_en("GPU Access"), "GPU access");
        assert_eq!(mid_sentence_en("성능"), "성능");
    }
}
