//! A classroom dataset in a link (issue #15: "the dataset travels in the URL"): the table a
//! teacher pasted, with each column's direction and scaling, as one URL-safe parameter, so
//! "copy link" gives the class the same data (the weights travel beside it, as ever).
//!
//! Format `1.<base64url>`: the version, then base64url (no padding) of the raw-deflated UTF-8
//! text `#kai 1 <settings>\n<table>`, where `<settings>` has per criterion, tab separated, its
//! `<direction><scaling>` (`h`/`l` higher/lower is better; `r`/`m`/`k` raw, min–max, rank)
//! followed by its unit ("lm분"), and `<table>` is [`to_tsv`]'s output.
//! Written by the engine's small deflater (`classroom/deflate.rs`: fixed Huffman codes), read by
//! `miniz_oxide`'s bounded inflater (any raw deflate). Reading goes back through
//! [`parse_table`] and [`build`](fn@build), so a link is checked exactly as a
//! paste is, every problem named.
//!
//! Limits: a parameter longer than [`MAX_PARAM_CHARS`] is refused unread (URLs beyond about
//! 8,000 characters are cut by some servers and chat apps; the 4-city example is about 200),
//! and inflating stops at [`MAX_BYTES`] (a short link cannot expand into a huge text).

use crate::model::Dataset;
use crate::text::Lang;

use super::{
    CriterionScale, Direction, MAX_BYTES, Scaling, TableProblem, build, parse_table, to_tsv,
};

/// Longest `data` parameter read (characters).
pub const MAX_PARAM_CHARS: usize = 8000;

/// The first line's mark and version.
const HEADER: &str = "#kai 1 ";

/// Why a link's dataset could not be read. Everything from a URL is hostile: each case is
/// named, none panics.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkError {
    /// Longer than [`MAX_PARAM_CHARS`].
    TooLong {
        /// Its length.
        chars: usize,
    },
    /// Not `1.` followed by base64url, or the compressed data is damaged (a link cut short).
    Damaged,
    /// The text inside would be larger than [`MAX_BYTES`].
    TooLarge,
    /// The settings line is missing or does not fit the table.
    Settings,
    /// The table inside has problems (as a paste would).
    Table(Vec<TableProblem>),
    /// The dataset is not a classroom one (only those travel in links).
    NotClassroom,
}

impl LinkError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let ko = lang == Lang::Ko;
        match self {
            LinkError::TooLong { chars } => {
                if ko {
                    format!("링크 속 데이터가 너무 깁니다({chars}자, 최대 {MAX_PARAM_CHARS}자).")
                } else {
                    format!(
                        "The data in the link is too long ({chars} characters; at most {MAX_PARAM_CHARS})."
                    )
                }
            }
            LinkError::Damaged => {
                if ko {
                    "링크 속 데이터가 손상되었습니다. 링크가 잘리지 않았는지 확인하세요.".into()
                } else {
                    "The data in the link is damaged; check that the link was not cut short.".into()
                }
            }
            LinkError::TooLarge => {
                if ko {
                    format!("링크 속 데이터를 풀면 {MAX_BYTES}바이트보다 큽니다.")
                } else {
                    format!("The data in the link unpacks to more than {MAX_BYTES} bytes.")
                }
            }
            LinkError::Settings => {
                if ko {
                    "링크 속 데이터의 기준 설정(방향·척도)을 읽을 수 없습니다.".into()
                } else {
                    "The criteria settings (direction, scaling) in the link cannot be read.".into()
                }
            }
            LinkError::Table(problems) => {
                let lines: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
                lines.join("\n")
            }
            LinkError::NotClassroom => {
                if ko {
                    "수업용 데이터만 링크에 담을 수 있습니다.".into()
                } else {
                    "Only classroom data can travel in a link.".into()
                }
            }
        }
    }
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LinkError {}

/// `<direction><scaling><unit>`, the unit without tabs or line breaks (they separate).
fn setting_code(s: &CriterionScale) -> String {
    let d = match s.direction {
        Direction::HigherIsBetter => 'h',
        Direction::LowerIsBetter => 'l',
    };
    let k = match s.scaling {
        Scaling::Raw => 'r',
        Scaling::MinMax => 'm',
        Scaling::Rank => 'k',
    };
    let unit: String =
        s.unit.chars().map(|c| if matches!(c, '\t' | '\n' | '\r') { ' ' } else { c }).collect();
    format!("{d}{k}{unit}")
}

fn setting_of(code: &str) -> Option<CriterionScale> {
    let mut c = code.chars();
    let direction = match c.next()? {
        'h' => Direction::HigherIsBetter,
        'l' => Direction::LowerIsBetter,
        _ => return None,
    };
    let scaling = match c.next()? {
        'r' => Scaling::Raw,
        'm' => Scaling::MinMax,
        'k' => Scaling::Rank,
        _ => return None,
    };
    Some(CriterionScale { unit: c.as_str().to_string(), direction, scaling })
}

/// The `data` parameter for a classroom dataset (see the module documentation).
///
/// # Errors
/// [`LinkError::NotClassroom`] for a dataset without per-criterion scales (the K-AI data has
/// its own address), [`LinkError::TooLong`] when the link would pass [`MAX_PARAM_CHARS`].
pub fn encode(dataset: &Dataset) -> Result<String, LinkError> {
    let scales: Option<Vec<String>> =
        dataset.criteria.iter().map(|c| c.scale.as_ref().map(setting_code)).collect();
    let Some(scales) = scales.filter(|_| dataset.mode == crate::model::Mode::Classroom) else {
        return Err(LinkError::NotClassroom);
    };
    let text = format!("{HEADER}{}\n{}", scales.join("\t"), to_tsv(dataset));
    let packed = super::deflate::deflate(text.as_bytes());
    let param = format!("1.{}", base64url(&packed));
    if param.len() > MAX_PARAM_CHARS {
        return Err(LinkError::TooLong { chars: param.len() });
    }
    Ok(param)
}

/// The classroom dataset in a `data` parameter, checked as a paste is.
///
/// # Errors
/// Every [`LinkError`]; the table's own problems come as [`LinkError::Table`].
pub fn decode(param: &str) -> Result<Dataset, LinkError> {
    let chars = param.chars().count();
    if chars > MAX_PARAM_CHARS {
        return Err(LinkError::TooLong { chars });
    }
    let body = param.strip_prefix("1.").ok_or(LinkError::Damaged)?;
    let packed = unbase64url(body).ok_or(LinkError::Damaged)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_BYTES).map_err(
        |e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooLarge,
            _ => LinkError::Damaged,
        },
    )?;
    let text = String::from_utf8(bytes).map_err(|_| LinkError::Damaged)?;
    let (first, table) = text.split_once('\n').ok_or(LinkError::Settings)?;
    let codes = first.strip_prefix(HEADER).ok_or(LinkError::Settings)?;
    let table = parse_table(table).map_err(LinkError::Table)?;
    let scales: Option<Vec<CriterionScale>> = codes.split('\t').map(setting_of).collect();
    let scales = scales.filter(|s| s.len() == table.criteria.len()).ok_or(LinkError::Settings)?;
    build(&table, &scales).map_err(LinkError::Table)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5): safe in a query without escaping.
fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The bytes of a base64url text (no padding; `None` for any other character or a length no
/// encoder writes).
fn unbase64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|&a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        // RFC 4648 §10, padding dropped; "-" and "_" for "+" and "/".
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(plain.as_bytes()), coded);
            assert_eq!(unbase64url(coded).as_deref(), Some(plain.as_bytes()));
        }
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(unbase64url("Zm9v+"), None);
        assert_eq!(unbase64url("Z"), None);
    }

    /// A link whose text unpacks past the limit is refused without unpacking it all: 2 MB of
    /// one letter deflate to about 2 KB, a link well under the length limit.
    #[test]
    fn a_small_link_that_unpacks_huge_is_refused() {
        let bomb = vec![b'a'; 2_000_000];
        let param = format!("1.{}", base64url(&miniz_oxide::deflate::compress_to_vec(&bomb, 9)));
        assert!(param.len() < MAX_PARAM_CHARS, "{}", param.len());
        assert_eq!(decode(&param), Err(LinkError::TooLarge));
    }

    /// The text inside is checked as a paste: its problems come back named.
    #[test]
    fn a_link_with_a_bad_table_names_its_cells() {
        let text = format!("{HEADER}hm\thm\n도시\t가\t나\nA\t1\tx\nB\t2\t3\n");
        let param =
            format!("1.{}", base64url(&miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9)));
        let Err(LinkError::Table(problems)) = decode(&param) else {
            panic!("{:?}", decode(&param))
        };
        assert_eq!(problems[0].cell(), Some((2, 3)));
        let settings = format!("{HEADER}hm\n도시\t가\t나\nA\t1\t2\nB\t2\t3\n");
        let param = format!(
            "1.{}",
            base64url(&miniz_oxide::deflate::compress_to_vec(settings.as_bytes(), 9))
        );
        assert_eq!(decode(&param), Err(LinkError::Settings), "one setting for two criteria");
    }

    #[test]
    fn settings_codes_round_trip_and_refuse_others() {
        let s = |unit: &str, direction, scaling| CriterionScale {
            unit: unit.into(),
            direction,
            scaling,
        };
        assert_eq!(setting_of("lm분"), Some(s("분", Direction::LowerIsBetter, Scaling::MinMax)));
        assert_eq!(setting_of("hk"), Some(s("", Direction::HigherIsBetter, Scaling::Rank)));
        assert_eq!(setting_of("hrkm²"), Some(s("km²", Direction::HigherIsBetter, Scaling::Raw)));
        assert_eq!(setting_code(&s("a\tb", Direction::LowerIsBetter, Scaling::Rank)), "lka b");
        for bad in ["", "h", "xm", "hx"] {
            assert_eq!(setting_of(bad), None, "{bad}");
        }
    }
}
