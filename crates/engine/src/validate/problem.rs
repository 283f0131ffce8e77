//! What can be wrong with a dataset: [`Problem`] (a JSON path and a [`ProblemKind`]) and the
//! Korean and English message of every kind.
//!
//! Why apart from the checker: the kinds and their wording are the contract the CLI, the widget
//! and the tests share (messages are pinned by tests); the rules that find them live in
//! [`super::check`]. Depends on the model's limits and [`crate::text`] only.

use std::fmt;

use super::check::{MAX_ID_LEN, MAX_WEIGHT};
use crate::model::{CRITERIA_RANGE, SCORE_MAX, SCORE_MIN, TEAMS_RANGE};
use crate::text::Lang;

/// The path used for problems about the document as a whole (never an empty path).
pub const ROOT_PATH: &str = "$";

/// Korean noun, English singular, English plural.
const CRITERIA_NOUNS: [&str; 3] = ["기준", "criterion", "criteria"];
/// See [`CRITERIA_NOUNS`].
const TEAM_NOUNS: [&str; 3] = ["팀", "team", "teams"];

/// One thing wrong with a dataset: where, and what.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// JSON path of the place to fix, e.g. `teams[3].scores.sovereignty`; [`ROOT_PATH`] for the
    /// whole document. Never empty.
    pub path: String,
    /// What is wrong, with the data needed to say it precisely.
    pub kind: ProblemKind,
}

/// What is wrong at a [`Problem::path`]. Variants carry the offending data so that messages
/// (and tests, and the UI) can be precise. The wording of each message is pinned by tests: treat
/// a change as a breaking change.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The text is not JSON.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's description (English).
        message: String,
    },
    /// A value has the wrong type (e.g. a string where a number is expected).
    Type {
        /// The deserializer's description (English).
        message: String,
    },
    /// The input is over its size limit (`validate::MAX_BYTES` natively, `load::MAX_BYTES` in
    /// the browser).
    TooLarge {
        /// Size of the input.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// A body streamed in (a `data-src` fetch) passed the limit while being read: reading
    /// stopped there, so its full size is unknown (a gzip body may announce 400 kB and
    /// inflate to 400 MB).
    TooLargeRead {
        /// The limit.
        limit: usize,
    },
    /// The text nests arrays and objects deeper than the limit (`load::MAX_DEPTH`): refused
    /// before any parser sees it, so no parser can run out of stack or memory on it.
    TooDeep {
        /// 1-based line of the bracket that went one level too deep.
        line: usize,
        /// 1-based column (in characters) of that bracket.
        column: usize,
        /// The limit.
        limit: usize,
    },
    /// A field the schema does not know (usually a typo); the path is the object holding it.
    UnknownField {
        /// The field's name.
        name: String,
    },
    /// A required value is empty or blank.
    Empty,
    /// One language of a bilingual text is missing.
    MissingTranslation {
        /// The missing language.
        lang: Lang,
    },
    /// A score has a value but no rationale.
    MissingRationale,
    /// A `null` score does not say why there is no score.
    MissingReason,
    /// A criterion has no entry at all in a team's scores.
    MissingScore,
    /// A score's 0–10 value is not its raw value scaled as its criterion's
    /// [`scale`](crate::model::Criterion::scale) says (a hand-edited or tampered classroom
    /// dataset: the raw units shown would disagree with the ranking).
    ScaleMismatch {
        /// The value the raw value scales to (`None`: no raw value, so no score).
        expected: Option<f64>,
    },
    /// A score or claim cites no source.
    MissingCitation,
    /// A citation names a file that is not in `sources`.
    UnknownSource {
        /// The file name cited.
        file: String,
    },
    /// A criterion id that the dataset does not define.
    UnknownCriterion {
        /// The id used.
        id: String,
    },
    /// A team id that the dataset does not define.
    UnknownTeam {
        /// The id used.
        id: String,
    },
    /// An id (or source file, or team in a cut) used twice.
    DuplicateId {
        /// The repeated id.
        id: String,
        /// Index of the first item that uses it, in the same list.
        first: usize,
    },
    /// An id that is not 1–[`MAX_ID_LEN`] characters of `a-z`, `0-9` and `-`.
    BadId {
        /// The id given.
        id: String,
    },
    /// A date that is not `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    BadDate {
        /// The date given.
        value: String,
    },
    /// A URL that is not `http://` or `https://`.
    BadUrl {
        /// The URL given.
        url: String,
    },
    /// A score outside [`SCORE_MIN`]–[`SCORE_MAX`].
    ScoreOutOfRange {
        /// The score given.
        value: f64,
    },
    /// A number that is NaN or infinite (possible through JavaScript input).
    NotFinite,
    /// A preset weight below zero.
    NegativeWeight {
        /// The weight given.
        value: f64,
    },
    /// A preset whose weights are all zero (or absent): it would rank nothing.
    AllZeroWeights,
    /// Fewer criteria than [`CRITERIA_RANGE`] allows.
    TooFewCriteria {
        /// Criteria given.
        n: usize,
    },
    /// More criteria than [`CRITERIA_RANGE`] allows.
    TooManyCriteria {
        /// Criteria given.
        n: usize,
    },
    /// Fewer teams than [`TEAMS_RANGE`] allows.
    TooFewTeams {
        /// Teams given.
        n: usize,
    },
    /// More teams than [`TEAMS_RANGE`] allows.
    TooManyTeams {
        /// Teams given.
        n: usize,
    },
    /// A round that keeps nobody.
    CutZero,
    /// A round that plans to keep more teams than take part in it.
    CutTooLarge {
        /// The planned size.
        size: usize,
        /// Teams taking part.
        teams: usize,
    },
    /// A round dated before the round listed above it (rounds are listed in date order).
    RoundOrder {
        /// This round's date.
        date: String,
        /// The previous round's date.
        previous: String,
    },
    /// A team listed as kept, or as leaving, that does not take part in the round.
    NotAParticipant {
        /// The team id.
        id: String,
    },
    /// A team listed as leaving a round although it is among those kept.
    ExitButKept {
        /// The team id.
        id: String,
    },
    /// A round without an outcome that does not say why (planned for when).
    PendingWithoutNote,
    /// More teams listed as kept than the round planned to keep.
    ActualCountMismatch {
        /// The planned size.
        size: usize,
        /// Teams listed.
        given: usize,
    },
    /// A reference to a round id the dataset does not have.
    UnknownRound {
        /// The id.
        id: String,
    },
    /// A weight or minimum above [`MAX_WEIGHT`]: no sane preset needs it, and huge numbers
    /// only hide overflow bugs.
    WeightTooLarge {
        /// The value.
        value: f64,
    },
}

impl ProblemKind {
    /// The message without the path, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let (min, max) = (SCORE_MIN, SCORE_MAX);
        let ko = lang == Lang::Ko;
        match self {
            Syntax { line, column, message } => {
                if ko {
                    format!("JSON 문법 오류 ({line}행 {column}열): {message}")
                } else {
                    format!("JSON syntax error at line {line}, column {column}: {message}")
                }
            }
            Type { message } => {
                if ko {
                    format!("형식이 맞지 않습니다: {message}")
                } else {
                    message.clone()
                }
            }
            TooLarge { bytes, limit } => {
                if ko {
                    format!("입력이 {bytes}바이트로 한도 {limit}바이트를 넘습니다")
                } else {
                    format!("the input is {bytes} bytes; the limit is {limit} bytes")
                }
            }
            TooLargeRead { limit } => {
                if ko {
                    format!("입력이 한도 {limit}바이트를 넘어 읽기를 멈췄습니다")
                } else {
                    format!("the input passed the limit of {limit} bytes, so reading stopped")
                }
            }
            TooDeep { line, column, limit } => {
                if ko {
                    format!("{line}행 {column}열: {limit}단계보다 깊이 중첩되어 있습니다")
                } else {
                    format!("line {line}, column {column}: nested deeper than {limit} levels")
                }
            }
            UnknownField { name } => {
                if ko {
                    format!("알 수 없는 필드 \"{name}\" (오타인가요?)")
                } else {
                    format!("unknown field \"{name}\" (a typo?)")
                }
            }
            Empty => if ko { "비어 있으면 안 됩니다" } else { "must not be empty" }.to_string(),
            MissingTranslation { lang: missing } => {
                if ko {
                    let l = if *missing == Lang::Ko { "한국어" } else { "영어" };
                    format!("{l} 텍스트가 없습니다")
                } else {
                    let l = if *missing == Lang::Ko { "Korean" } else { "English" };
                    format!("the {l} text is missing")
                }
            }
            MissingRationale => if ko {
                "점수에 근거(rationale)가 없습니다"
            } else {
                "the score has no rationale"
            }
            .to_string(),
            MissingReason => if ko {
                "점수가 null이면 rationale에 점수를 매기지 않은 이유를 적어야 합니다"
            } else {
                "a null score needs a rationale saying why there is no score"
            }
            .to_string(),
            MissingScore => if ko {
                "점수가 없습니다. 출처로 판단할 수 없으면 null과 그 이유를 적으세요"
            } else {
                "no score; if the sources do not allow one, write null with the reason"
            }
            .to_string(),
            MissingCitation => {
                if ko { "인용한 출처가 없습니다" } else { "cites no source" }.to_string()
            }
            UnknownSource { file } => {
                if ko {
                    format!("\"{file}\"은(는) sources에 없는 출처입니다")
                } else {
                    format!("\"{file}\" is not listed in sources")
                }
            }
            UnknownCriterion { id } => {
                if ko {
                    format!("\"{id}\"은(는) 없는 기준 id입니다")
                } else {
                    format!("\"{id}\" is not a criterion id")
                }
            }
            UnknownTeam { id } => {
                if ko {
                    format!("\"{id}\"은(는) 없는 팀 id입니다")
                } else {
                    format!("\"{id}\" is not a team id")
                }
            }
            DuplicateId { id, first } => {
                if ko {
                    format!("\"{id}\"은(는) 이미 [{first}] 항목에 쓰였습니다")
                } else {
                    format!("\"{id}\" is already used by item [{first}]")
                }
            }
            BadId { id } => {
                if ko {
                    format!(
                        "\"{id}\"은(는) 올바른 id가 아닙니다: a–z, 0–9, - 로 된 1–{MAX_ID_LEN}자를 쓰세요"
                    )
                } else {
                    format!(
                        "\"{id}\" is not a valid id: use 1–{MAX_ID_LEN} characters from a–z, 0–9 and -"
                    )
                }
            }
            BadDate { value } => {
                if ko {
                    format!("\"{value}\"은(는) YYYY-MM-DD, YYYY-MM, YYYY 형식의 날짜가 아닙니다")
                } else {
                    format!("\"{value}\" is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY")
                }
            }
            BadUrl { url } => {
                if ko {
                    format!("\"{url}\"은(는) http:// 또는 https:// 주소가 아닙니다")
                } else {
                    format!("\"{url}\" is not an http:// or https:// address")
                }
            }
            ScaleMismatch { expected } => {
                let expected = expected.map(|v| format!("{v:.2}"));
                if ko {
                    let e = expected.unwrap_or_else(|| "없음".into());
                    format!("원값을 기준의 척도 설정대로 바꾼 값({e})과 다릅니다")
                } else {
                    let e = expected.unwrap_or_else(|| "none".into());
                    format!("differs from its raw value scaled as the criterion says ({e})")
                }
            }
            ScoreOutOfRange { value } => {
                if ko {
                    format!("{value}은(는) {min}–{max} 범위를 벗어났습니다")
                } else {
                    format!("{value} is outside {min}–{max}")
                }
            }
            NotFinite => {
                if ko { "유한한 수가 아닙니다" } else { "is not a finite number" }.to_string()
            }
            NegativeWeight { value } => {
                if ko {
                    format!("가중치 {value}은(는) 음수입니다. 0 이상이어야 합니다")
                } else {
                    format!("weight {value} is negative; weights must be ≥ 0")
                }
            }
            AllZeroWeights => if ko {
                "모든 가중치가 0입니다. 하나 이상은 0보다 커야 합니다"
            } else {
                "every weight is 0; at least one must be positive"
            }
            .to_string(),
            TooFewCriteria { n } => count_message(ko, *n, CRITERIA_NOUNS, true, CRITERIA_RANGE.0),
            TooManyCriteria { n } => count_message(ko, *n, CRITERIA_NOUNS, false, CRITERIA_RANGE.1),
            TooFewTeams { n } => count_message(ko, *n, TEAM_NOUNS, true, TEAMS_RANGE.0),
            TooManyTeams { n } => count_message(ko, *n, TEAM_NOUNS, false, TEAMS_RANGE.1),
            CutZero => if ko {
                "라운드는 1팀 이상을 남겨야 합니다"
            } else {
                "a round must keep at least 1 team"
            }
            .to_string(),
            CutTooLarge { size, teams } => {
                if ko {
                    format!("{size}팀을 남기려는데 참가 팀은 {teams}팀뿐입니다")
                } else {
                    format!("{size} teams to keep, but only {teams} take part")
                }
            }
            RoundOrder { date, previous } => {
                if ko {
                    format!("{date} 라운드가 {previous} 라운드 뒤에 있습니다. 날짜순으로 적으세요")
                } else {
                    format!(
                        "a round on {date} follows one on {previous}; list rounds in date order"
                    )
                }
            }
            NotAParticipant { id } => {
                if ko {
                    format!("\"{id}\"은(는) 이 라운드의 참가 팀이 아닙니다")
                } else {
                    format!("\"{id}\" does not take part in this round")
                }
            }
            ExitButKept { id } => {
                if ko {
                    format!("\"{id}\"은(는) 통과한 팀으로도 적혀 있습니다")
                } else {
                    format!("\"{id}\" is also listed among the teams kept")
                }
            }
            PendingWithoutNote => if ko {
                "결과가 없는 라운드에는 언제 예정인지 pending_note로 적어야 합니다"
            } else {
                "a round without an outcome needs a pending_note saying when it is planned"
            }
            .to_string(),
            ActualCountMismatch { size, given } => {
                if ko {
                    format!("{size}팀을 남기는 라운드인데 통과한 팀이 {given}팀 적혀 있습니다")
                } else {
                    format!("{given} teams listed as kept in a round that keeps {size}")
                }
            }
            UnknownRound { id } => {
                if ko {
                    format!("\"{id}\"라는 라운드가 없습니다")
                } else {
                    format!("no round has the id \"{id}\"")
                }
            }
            WeightTooLarge { value } => {
                if ko {
                    format!("{value:e}은(는) 너무 큽니다. 최대 {MAX_WEIGHT}까지 쓸 수 있습니다")
                } else {
                    format!("{value:e} is too large; at most {MAX_WEIGHT} is allowed")
                }
            }
        }
    }
}

/// "9 criteria; at most 8 are allowed" / "기준이 9개입니다. 최대 8개까지 쓸 수 있습니다".
fn count_message(ko: bool, n: usize, nouns: [&str; 3], at_least: bool, limit: usize) -> String {
    let [ko_noun, one, many] = nouns;
    let noun = if n == 1 { one } else { many };
    match (ko, at_least) {
        (true, true) => format!("{ko_noun}이 {n}개입니다. 최소 {limit}개가 필요합니다"),
        (true, false) => format!("{ko_noun}이 {n}개입니다. 최대 {limit}개까지 쓸 수 있습니다"),
        (false, true) => format!("{n} {noun}; at least {limit} are needed"),
        (false, false) => format!("{n} {noun}; at most {limit} are allowed"),
    }
}

impl fmt::Display for ProblemKind {
    /// English, like [`ProblemKind::describe`] with [`Lang::En`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl Problem {
    /// A problem at `path` (an empty path becomes [`ROOT_PATH`]).
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        let path = path.into();
        let path = if path.is_empty() { ROOT_PATH.to_string() } else { path };
        Problem { path, kind }
    }

    /// `path: message` in `lang`, e.g. `teams[3].scores.sovereignty: 12 is outside 0–10`.
    pub fn message(&self, lang: Lang) -> String {
        format!("{}: {}", self.path, self.kind.describe(lang))
    }
}

impl fmt::Display for Problem {
    /// English, like [`Problem::message`] with [`Lang::En`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Problem {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_path_becomes_root() {
        assert_eq!(Problem::new("", ProblemKind::Empty).path, "$");
    }
}
