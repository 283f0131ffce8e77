//! Validation: turns untrusted input into a [`Dataset`] the engine can trust, or into a list of
//! *every* problem, each with the JSON path of the place to fix and a message in Korean or
//! English.
//!
//! Why a list and not the first error: a data editor fixing a 2 000-line file wants all the
//! typos at once, and the widget shows them all instead of a blank chart.
//!
//! Pure Rust, no web dependencies; compiles for wasm32. The JSON-text entry points
//! ([`parse_json`], [`parse_json_bytes`]) need the `json` feature (serde_json); the widget uses
//! [`from_deserializer`] with the browser's `JSON.parse` + `serde-wasm-bindgen` instead.
//! Nothing in here panics on any input.

use std::collections::HashMap;
use std::fmt;

use serde::Deserializer;

use crate::model::{
    CRITERIA_RANGE, Citation, Claim, Dataset, Official, Preset, Round, SCORE_MAX, SCORE_MIN, Score,
    Source,
    TEAMS_RANGE, Team, UnknownFields,
};
use crate::text::{Lang, Text};

/// Largest input accepted (2 MiB). The K-AI file is ~100 kB; anything this big is a mistake
/// (or an attack on a phone's memory), so it is refused before parsing.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// Longest id accepted: ids end up in URLs and on narrow screens.
pub const MAX_ID_LEN: usize = 40;

/// The path used for problems about the document as a whole (never an empty path).
pub const ROOT_PATH: &str = "$";

/// Largest weight a preset (or a reader) may give: far beyond any sensible ratio, far below
/// where sums could overflow.
pub const MAX_WEIGHT: f64 = 1e6;

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
    /// The input is larger than [`MAX_BYTES`].
    TooLarge {
        /// Size of the input.
        bytes: usize,
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
                    format!("a round on {date} follows one on {previous}; list rounds in date order")
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

/// True for ids the widget can put in URLs: 1–[`MAX_ID_LEN`] characters of `a-z`, `0-9`, `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` with a plausible month and day.
pub fn is_valid_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| -> Option<u32> {
        if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) { p.parse().ok() } else { None }
    };
    match parts.as_slice() {
        [y] => num(y, 4).is_some(),
        [y, m] => num(y, 4).is_some() && num(m, 2).is_some_and(|m| (1..=12).contains(&m)),
        [y, m, d] => {
            num(y, 4).is_some()
                && num(m, 2).is_some_and(|m| (1..=12).contains(&m))
                && num(d, 2).is_some_and(|d| (1..=31).contains(&d))
        }
        _ => false,
    }
}

/// Collects problems while walking the dataset.
struct Checker<'a> {
    dataset: &'a Dataset,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn push(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
    }

    fn unknown(&mut self, path: &str, unknown: &UnknownFields) {
        for name in &unknown.0 {
            self.push(path, ProblemKind::UnknownField { name: name.clone() });
        }
    }

    /// A bilingual text that must be present in both languages.
    fn text(&mut self, path: String, text: &Text) {
        let ko = text.ko.trim().is_empty();
        let en = text.en.trim().is_empty();
        match (ko, en) {
            (true, true) => self.push(path, ProblemKind::Empty),
            (true, false) => self.push(path, ProblemKind::MissingTranslation { lang: Lang::Ko }),
            (false, true) => self.push(path, ProblemKind::MissingTranslation { lang: Lang::En }),
            (false, false) => {}
        }
    }

    fn required(&mut self, path: String, s: &str) {
        if s.trim().is_empty() {
            self.push(path, ProblemKind::Empty);
        }
    }

    fn date(&mut self, path: String, s: &str) {
        if s.trim().is_empty() {
            self.push(path, ProblemKind::Empty);
        } else if !is_valid_date(s) {
            self.push(path, ProblemKind::BadDate { value: s.to_string() });
        }
    }

    /// Checks ids of a list: present, well-formed, unique.
    fn ids<'b>(&mut self, list: &str, ids: impl Iterator<Item = &'b str>, field: &str) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].{field}");
            if id.is_empty() {
                self.push(path, ProblemKind::Empty);
                continue;
            }
            if field == "id" && !is_valid_id(id) {
                self.push(path.clone(), ProblemKind::BadId { id: id.to_string() });
            }
            match seen.get(id) {
                Some(&first) => {
                    self.push(path, ProblemKind::DuplicateId { id: id.to_string(), first })
                }
                None => {
                    seen.insert(id, i);
                }
            }
        }
    }

    fn citations(&mut self, path: &str, cites: &[Citation]) {
        for (j, c) in cites.iter().enumerate() {
            let p = format!("{path}.cites[{j}]");
            self.unknown(&p, &c.unknown);
            if c.source.trim().is_empty() {
                self.push(format!("{p}.source"), ProblemKind::Empty);
            } else if self.dataset.source(&c.source).is_none() {
                self.push(
                    format!("{p}.source"),
                    ProblemKind::UnknownSource { file: c.source.clone() },
                );
            }
            self.required(format!("{p}.quote"), &c.quote);
            // Quotes are Korean; English readers only get the gloss.
            if c.gloss.trim().is_empty() {
                self.push(format!("{p}.gloss"), ProblemKind::MissingTranslation { lang: Lang::En });
            }
        }
    }

    fn claim(&mut self, path: String, claim: &Claim) {
        self.unknown(&path, &claim.unknown);
        self.text(format!("{path}.text"), &claim.text);
        if claim.cites.is_empty() {
            self.push(path.clone(), ProblemKind::MissingCitation);
        }
        self.citations(&path, &claim.cites);
    }

    fn score(&mut self, path: String, score: &Score) {
        self.unknown(&path, &score.unknown);
        let blank = score.rationale.ko.trim().is_empty() && score.rationale.en.trim().is_empty();
        match score.value {
            Some(v) => {
                if !v.is_finite() {
                    self.push(path.clone(), ProblemKind::NotFinite);
                } else if !(SCORE_MIN..=SCORE_MAX).contains(&v) {
                    self.push(path.clone(), ProblemKind::ScoreOutOfRange { value: v });
                }
                if blank {
                    self.push(path.clone(), ProblemKind::MissingRationale);
                }
                if score.cites.is_empty() {
                    self.push(path.clone(), ProblemKind::MissingCitation);
                }
            }
            None => {
                if blank {
                    self.push(path.clone(), ProblemKind::MissingReason);
                }
            }
        }
        if !blank {
            self.text(format!("{path}.rationale"), &score.rationale);
        }
        self.citations(&path, &score.cites);
    }

    fn team(&mut self, i: usize, team: &Team) {
        let path = format!("teams[{i}]");
        self.unknown(&path, &team.unknown);
        self.text(format!("{path}.name"), &team.name);
        let optional = [
            ("lead", &team.lead),
            ("partners", &team.partners),
            ("models", &team.models),
            ("scale", &team.scale),
            ("compute", &team.compute),
            ("strategy", &team.strategy),
            ("outcome", &team.outcome),
        ];
        for (field, claim) in optional {
            if let Some(c) = claim {
                self.claim(format!("{path}.{field}"), c);
            }
        }
        for (j, c) in team.facts.iter().enumerate() {
            self.claim(format!("{path}.facts[{j}]"), c);
        }
        // Criteria in display order first, then keys that match no criterion.
        for c in &self.dataset.criteria {
            if c.id.is_empty() {
                continue;
            }
            let p = format!("{path}.scores.{}", c.id);
            match team.scores.get(&c.id) {
                Some(s) => self.score(p, s),
                None => self.push(p, ProblemKind::MissingScore),
            }
        }
        for (key, s) in &team.scores {
            if self.dataset.criterion_index(key).is_none() {
                let p = format!("{path}.scores.{key}");
                self.push(p.clone(), ProblemKind::UnknownCriterion { id: key.clone() });
                self.score(p, s);
            }
        }
    }

    fn preset(&mut self, i: usize, preset: &Preset) {
        let path = format!("presets[{i}]");
        self.unknown(&path, &preset.unknown);
        self.text(format!("{path}.label"), &preset.label);
        self.text(format!("{path}.description"), &preset.description);
        let mut any_positive = false;
        for (key, &w) in &preset.weights {
            let p = format!("{path}.weights.{key}");
            if self.dataset.criterion_index(key).is_none() {
                self.push(p.clone(), ProblemKind::UnknownCriterion { id: key.clone() });
            }
            if !w.is_finite() {
                self.push(p, ProblemKind::NotFinite);
            } else if w < 0.0 {
                self.push(p, ProblemKind::NegativeWeight { value: w });
            } else if w > MAX_WEIGHT {
                self.push(p, ProblemKind::WeightTooLarge { value: w });
            } else if w > 0.0 {
                any_positive = true;
            }
        }
        if !any_positive {
            self.push(format!("{path}.weights"), ProblemKind::AllZeroWeights);
        }
        for (key, &min) in &preset.gates {
            let p = format!("{path}.gates.{key}");
            if self.dataset.criterion_index(key).is_none() {
                self.push(p.clone(), ProblemKind::UnknownCriterion { id: key.clone() });
            }
            if !min.is_finite() {
                self.push(p, ProblemKind::NotFinite);
            } else if !(SCORE_MIN..=SCORE_MAX).contains(&min) {
                self.push(p, ProblemKind::ScoreOutOfRange { value: min });
            }
        }
        if let Some(id) = &preset.round
            && self.dataset.round(id).is_none()
        {
            self.push(format!("{path}.round"), ProblemKind::UnknownRound { id: id.clone() });
        }
    }

    fn source(&mut self, i: usize, source: &Source) {
        let path = format!("sources[{i}]");
        self.unknown(&path, &source.unknown);
        self.text(format!("{path}.outlet"), &source.outlet);
        if let Some(date) = &source.date {
            self.date(format!("{path}.date"), date);
        }
        if let Some(title) = &source.title {
            self.required(format!("{path}.title"), title);
        }
        if let Some(note) = &source.note {
            self.text(format!("{path}.note"), note);
        }
        if let Some(url) = &source.url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            self.push(format!("{path}.url"), ProblemKind::BadUrl { url: url.clone() });
        }
    }

    fn round(&mut self, i: usize, round: &Round, previous: Option<&Round>) {
        let path = format!("rounds[{i}]");
        self.unknown(&path, &round.unknown);
        self.text(format!("{path}.label"), &round.label);
        self.date(format!("{path}.date"), &round.date);
        if let Some(prev) = previous
            && round.date < prev.date
        {
            let (date, previous) = (round.date.clone(), prev.date.clone());
            self.push(format!("{path}.date"), ProblemKind::RoundOrder { date, previous });
        }
        let participants = &round.participants;
        self.team_ids(&format!("{path}.participants"), participants, None);
        let size_path = format!("{path}.size");
        if round.size == 0 {
            self.push(size_path, ProblemKind::CutZero);
        } else if round.size > participants.len() {
            let (size, teams) = (round.size, participants.len());
            self.push(size_path, ProblemKind::CutTooLarge { size, teams });
        }
        match &round.actual {
            Some(actual) => {
                if actual.len() > round.size {
                    let (size, given) = (round.size, actual.len());
                    let p = format!("{path}.actual");
                    self.push(p, ProblemKind::ActualCountMismatch { size, given });
                }
                self.team_ids(&format!("{path}.actual"), actual, Some(participants));
                if round.cites.is_empty() {
                    self.push(path.clone(), ProblemKind::MissingCitation);
                }
            }
            None if round.pending_note.is_none() => {
                self.push(format!("{path}.pending_note"), ProblemKind::PendingWithoutNote)
            }
            None => {}
        }
        if let Some(note) = &round.pending_note {
            self.text(format!("{path}.pending_note"), note);
        }
        for (j, exit) in round.exits.iter().enumerate() {
            let p = format!("{path}.exits[{j}]");
            self.unknown(&p, &exit.unknown);
            let id = &exit.team;
            if self.dataset.team_index(id).is_none() {
                self.push(format!("{p}.team"), ProblemKind::UnknownTeam { id: id.clone() });
            } else if !participants.contains(id) {
                self.push(format!("{p}.team"), ProblemKind::NotAParticipant { id: id.clone() });
            } else if round.actual.as_ref().is_some_and(|a| a.contains(id)) {
                self.push(format!("{p}.team"), ProblemKind::ExitButKept { id: id.clone() });
            }
            self.text(format!("{p}.reason"), &exit.reason);
            if let Some(gate) = &exit.gate
                && self.dataset.criterion_index(gate).is_none()
            {
                self.push(format!("{p}.gate"), ProblemKind::UnknownCriterion { id: gate.clone() });
            }
            self.citations(&p, &exit.cites);
        }
        self.citations(&path, &round.cites);
    }

    /// Team ids: each known, listed once, and (for `within`) one of those ids.
    fn team_ids(&mut self, path: &str, ids: &[String], within: Option<&Vec<String>>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (j, id) in ids.iter().enumerate() {
            let pj = format!("{path}[{j}]");
            if self.dataset.team_index(id).is_none() {
                self.push(pj.clone(), ProblemKind::UnknownTeam { id: id.clone() });
            } else if within.is_some_and(|w| !w.contains(id)) {
                self.push(pj.clone(), ProblemKind::NotAParticipant { id: id.clone() });
            }
            match seen.get(id.as_str()) {
                Some(&first) => self.push(pj, ProblemKind::DuplicateId { id: id.clone(), first }),
                None => {
                    seen.insert(id, j);
                }
            }
        }
    }

    fn official(&mut self, official: &Official) {
        let path = "official".to_string();
        self.unknown(&path, &official.unknown);
        if self.dataset.round(&official.round).is_none() {
            let id = official.round.clone();
            self.push(format!("{path}.round"), ProblemKind::UnknownRound { id });
        }
        self.text(format!("{path}.note"), &official.note);
        for (j, score) in official.scores.iter().enumerate() {
            if self.dataset.team_index(&score.team).is_none() {
                let id = score.team.clone();
                self.push(format!("{path}.scores[{j}].team"), ProblemKind::UnknownTeam { id });
            }
            if !score.value.is_finite() {
                self.push(format!("{path}.scores[{j}].value"), ProblemKind::NotFinite);
            }
        }
        self.citations(&path, &official.cites);
    }

}

/// Every problem of a dataset, in document order; empty means the engine may use it.
///
/// Checks ids (well-formed, unique), counts (2–8 criteria, 2–200 teams), scores (0–10, finite,
/// with bilingual rationale and citations; `null` with a reason), citations (known source,
/// non-empty quote), bilingual texts, presets (known criteria, finite, non-negative, not all
/// zero), cut lines (sizes, real outcomes naming known teams) and unknown fields everywhere.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    let mut ck = Checker { dataset, problems: Vec::new() };
    let d = dataset;
    ck.unknown(ROOT_PATH, &d.unknown);
    ck.required("version".into(), &d.version);
    ck.date("as_of".into(), &d.as_of);
    ck.text("title".into(), &d.title);
    ck.text("question".into(), &d.question);
    ck.text("disclaimer".into(), &d.disclaimer);
    for (i, c) in d.context.iter().enumerate() {
        ck.claim(format!("context[{i}]"), c);
    }

    let k = d.criteria.len();
    if k < CRITERIA_RANGE.0 {
        ck.push("criteria", ProblemKind::TooFewCriteria { n: k });
    } else if k > CRITERIA_RANGE.1 {
        ck.push("criteria", ProblemKind::TooManyCriteria { n: k });
    }
    ck.ids("criteria", d.criteria.iter().map(|c| c.id.as_str()), "id");
    for (i, c) in d.criteria.iter().enumerate() {
        let path = format!("criteria[{i}]");
        ck.unknown(&path, &c.unknown);
        ck.text(format!("{path}.label"), &c.label);
        ck.text(format!("{path}.definition"), &c.definition);
    }

    let n = d.teams.len();
    if n < TEAMS_RANGE.0 {
        ck.push("teams", ProblemKind::TooFewTeams { n });
    } else if n > TEAMS_RANGE.1 {
        ck.push("teams", ProblemKind::TooManyTeams { n });
    }
    ck.ids("teams", d.teams.iter().map(|t| t.id.as_str()), "id");
    for (i, t) in d.teams.iter().enumerate() {
        ck.team(i, t);
    }

    ck.ids("presets", d.presets.iter().map(|p| p.id.as_str()), "id");
    for (i, p) in d.presets.iter().enumerate() {
        ck.preset(i, p);
    }

    ck.ids("sources", d.sources.iter().map(|s| s.file.as_str()), "file");
    for (i, s) in d.sources.iter().enumerate() {
        ck.source(i, s);
    }

    ck.ids("rounds", d.rounds.iter().map(|r| r.id.as_str()), "id");
    for (i, r) in d.rounds.iter().enumerate() {
        let previous = i.checked_sub(1).and_then(|p| d.rounds.get(p));
        ck.round(i, r, previous);
    }
    if let Some(official) = &d.official {
        ck.official(official);
    }
    ck.problems
}

/// Validates an already-deserialised dataset: `Ok` only when [`validate`] finds nothing.
pub fn check(mut dataset: Dataset) -> Result<Dataset, Vec<Problem>> {
    let problems = validate(&dataset);
    if problems.is_empty() {
        isolate_bidi(&mut dataset);
        Ok(dataset)
    } else {
        Err(problems)
    }
}

/// True for the Unicode controls that open a bidirectional embedding, override or isolate
/// (U+202A–U+202E, U+2066–U+2068); an unclosed one would reverse the text that follows it.
fn is_bidi_opener(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2068}')
}

/// Wraps every bilingual text that holds a bidi opener in FIRST STRONG ISOLATE … POP
/// DIRECTIONAL ISOLATE, which closes whatever the text left open: a hostile team name then
/// cannot reverse the row, the sentence or the chart label it is shown in. Texts without such
/// controls are left byte-for-byte alone (journalists copy the sentences).
fn isolate_bidi(dataset: &mut Dataset) {
    fn fix(s: &mut String) {
        if s.chars().any(is_bidi_opener) {
            *s = format!("\u{2068}{s}\u{2069}");
        }
    }
    fn text(t: &mut Text) {
        fix(&mut t.ko);
        fix(&mut t.en);
    }
    fn cites(cs: &mut [crate::model::Citation]) {
        for c in cs {
            fix(&mut c.quote);
            fix(&mut c.gloss);
        }
    }
    fn claim(c: &mut crate::model::Claim) {
        text(&mut c.text);
        cites(&mut c.cites);
    }
    text(&mut dataset.title);
    text(&mut dataset.question);
    text(&mut dataset.disclaimer);
    dataset.context.iter_mut().for_each(claim);
    for c in &mut dataset.criteria {
        text(&mut c.label);
        text(&mut c.definition);
    }
    for p in &mut dataset.presets {
        text(&mut p.label);
        text(&mut p.description);
    }
    for s in &mut dataset.sources {
        text(&mut s.outlet);
        text(&mut s.author);
        if let Some(title) = &mut s.title {
            fix(title);
        }
        if let Some(note) = &mut s.note {
            text(note);
        }
    }
    for r in &mut dataset.rounds {
        text(&mut r.label);
        if let Some(note) = &mut r.pending_note {
            text(note);
        }
        cites(&mut r.cites);
        for e in &mut r.exits {
            text(&mut e.reason);
            cites(&mut e.cites);
        }
    }
    if let Some(o) = &mut dataset.official {
        text(&mut o.note);
        cites(&mut o.cites);
    }
    for t in &mut dataset.teams {
        text(&mut t.name);
        for c in [&mut t.lead, &mut t.partners, &mut t.models, &mut t.scale, &mut t.compute]
            .into_iter()
            .chain([&mut t.strategy, &mut t.outcome])
            .flatten()
        {
            claim(c);
        }
        t.facts.iter_mut().for_each(claim);
        for score in t.scores.values_mut() {
            text(&mut score.rationale);
            cites(&mut score.cites);
        }
    }
}

/// The path serde_path_to_error tracked, as a problem path (`.` = root becomes [`ROOT_PATH`]).
fn tracked_path(path: &serde_path_to_error::Path) -> String {
    let mut p = path.to_string();
    // A syntax error before a key was read leaves an unknown `?` segment: drop it.
    while let Some(parent) = p.strip_suffix(".?").or_else(|| p.strip_suffix('?')) {
        p = parent.to_string();
    }
    if p == "." || p.is_empty() { ROOT_PATH.to_string() } else { p }
}

/// Deserialises and validates a dataset from any serde format; the widget uses it with
/// `serde_wasm_bindgen::Deserializer` on the result of the browser's `JSON.parse`.
///
/// A type error is one problem naming its path (the deserializer stops there); a well-typed
/// dataset gets the full [`validate`] list.
pub fn from_deserializer<'de, D>(deserializer: D) -> Result<Dataset, Vec<Problem>>
where
    D: Deserializer<'de>,
{
    match serde_path_to_error::deserialize::<_, Dataset>(deserializer) {
        Ok(d) => check(d),
        Err(e) => {
            let path = tracked_path(e.path());
            Err(vec![Problem::new(path, ProblemKind::Type { message: e.inner().to_string() })])
        }
    }
}

/// Parses and validates a dataset from JSON text. See [`parse_json_bytes`].
///
/// # Examples
/// ```
/// use kai_engine::{text::Lang, validate::parse_json};
/// let problems = parse_json(r#"{ "teams": 3 }"#).unwrap_err();
/// assert_eq!(problems[0].message(Lang::En), "teams: invalid type: integer `3`, expected a sequence");
/// assert!(parse_json(kai_engine::KAI_2025_JSON).is_ok());
/// ```
#[cfg(feature = "json")]
pub fn parse_json(text: &str) -> Result<Dataset, Vec<Problem>> {
    parse_json_bytes(text.as_bytes())
}

/// Parses and validates a dataset from JSON bytes (a file as read from disk, possibly not
/// UTF-8, possibly with a byte-order mark).
///
/// Inputs over [`MAX_BYTES`] are refused unread; a syntax error gives its line and column; a
/// type error its JSON path (e.g. `teams[2].scores.performance.value: invalid type: string
/// "high", expected f64`); otherwise every [`validate`] problem.
#[cfg(feature = "json")]
pub fn parse_json_bytes(bytes: &[u8]) -> Result<Dataset, Vec<Problem>> {
    if bytes.len() > MAX_BYTES {
        return Err(vec![Problem::new(
            ROOT_PATH,
            ProblemKind::TooLarge { bytes: bytes.len(), limit: MAX_BYTES },
        )]);
    }
    // Editors on Windows like to write a BOM; it is not JSON but it is not the user's fault.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let dataset = match serde_path_to_error::deserialize::<_, Dataset>(&mut de) {
        Ok(d) => d,
        Err(e) => {
            let path = tracked_path(e.path());
            return Err(vec![json_problem(path, e.inner())]);
        }
    };
    if let Err(e) = de.end() {
        return Err(vec![json_problem(ROOT_PATH.to_string(), &e)]);
    }
    check(dataset)
}

/// Splits a serde_json error into syntax (with position) or type (with message only).
#[cfg(feature = "json")]
fn json_problem(path: String, e: &serde_json::Error) -> Problem {
    use serde_json::error::Category;
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    let kind = match e.classify() {
        Category::Syntax | Category::Eof => {
            ProblemKind::Syntax { line: e.line(), column: e.column(), message }
        }
        Category::Data | Category::Io => ProblemKind::Type { message },
    };
    Problem::new(path, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_must_fit_in_urls() {
        assert!(is_valid_id("naver-cloud"));
        assert!(is_valid_id("k2"));
        assert!(!is_valid_id("Naver"));
        assert!(!is_valid_id("lg_ai"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id(&"a".repeat(41)));
        assert!(is_valid_id(&"a".repeat(40)));
    }

    #[test]
    fn dates_of_three_precisions() {
        assert!(is_valid_date("2025-08-04"));
        assert!(is_valid_date("2025-09"));
        assert!(is_valid_date("2025"));
        assert!(!is_valid_date("2025-13"));
        assert!(!is_valid_date("2025/08/04"));
        assert!(!is_valid_date("25-08-04"));
        assert!(!is_valid_date("2025-08-04-"));
    }

    #[test]
    fn empty_path_becomes_root() {
        assert_eq!(Problem::new("", ProblemKind::Empty).path, "$");
    }

    #[test]
    fn an_empty_dataset_reports_counts_and_required_texts() {
        let problems = validate(&Dataset::default());
        let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
        assert!(paths.contains(&"criteria"));
        assert!(paths.contains(&"teams"));
        assert!(paths.contains(&"title"));
    }
}
