//! The rules: walks a deserialised [`Dataset`] and lists *every* [`Problem`], in document order.
//!
//! Why a list and not the first error: a data editor fixing a 2 000-line file wants all the
//! typos at once, and the widget shows them all instead of a blank chart. Parsing is
//! [`super::parse`]'s job, the wording [`super::problem`]'s. Nothing here panics on any input.

use std::collections::HashMap;

use super::problem::{Problem, ProblemKind, ROOT_PATH};
use super::text::isolate_bidi;
use crate::model::{
    CRITERIA_RANGE, Citation, Claim, CutLine, Dataset, Preset, SCORE_MAX, SCORE_MIN, Score, Source,
    TEAMS_RANGE, Team, UnknownFields,
};
use crate::text::{Lang, Text};

/// Longest id accepted: ids end up in URLs and on narrow screens.
pub const MAX_ID_LEN: usize = 40;

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
            } else if w > 0.0 {
                any_positive = true;
            }
        }
        if !any_positive {
            self.push(format!("{path}.weights"), ProblemKind::AllZeroWeights);
        }
    }

    fn source(&mut self, i: usize, source: &Source) {
        let path = format!("sources[{i}]");
        self.unknown(&path, &source.unknown);
        self.text(format!("{path}.outlet"), &source.outlet);
        self.date(format!("{path}.date"), &source.date);
        self.required(format!("{path}.title"), &source.title);
        if let Some(url) = &source.url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            self.push(format!("{path}.url"), ProblemKind::BadUrl { url: url.clone() });
        }
    }

    fn cut(&mut self, i: usize, cut: &CutLine, previous: Option<&CutLine>) {
        let path = format!("cut_lines[{i}]");
        let teams = self.dataset.teams.len();
        self.unknown(&path, &cut.unknown);
        self.text(format!("{path}.label"), &cut.label);
        if let Some(d) = &cut.date {
            self.date(format!("{path}.date"), d);
        }
        let size_path = format!("{path}.size");
        if cut.size == 0 {
            self.push(size_path, ProblemKind::CutZero);
        } else if cut.size >= teams {
            self.push(size_path, ProblemKind::CutTooLarge { size: cut.size, teams });
        } else if let Some(prev) = previous
            && cut.size >= prev.size
            && prev.size > 0
        {
            self.push(size_path, ProblemKind::CutOrder { size: cut.size, previous: prev.size });
        }
        if let Some(actual) = &cut.actual {
            let p = format!("{path}.actual");
            if actual.len() != cut.size {
                self.push(
                    p.clone(),
                    ProblemKind::ActualCountMismatch { size: cut.size, given: actual.len() },
                );
            }
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for (j, id) in actual.iter().enumerate() {
                let pj = format!("{p}[{j}]");
                if self.dataset.team_index(id).is_none() {
                    self.push(pj.clone(), ProblemKind::UnknownTeam { id: id.clone() });
                } else if let Some(prev_actual) = previous.and_then(|c| c.actual.as_ref())
                    && !prev_actual.contains(id)
                {
                    self.push(pj.clone(), ProblemKind::NotInPreviousCut { id: id.clone() });
                }
                match seen.get(id.as_str()) {
                    Some(&first) => {
                        self.push(pj, ProblemKind::DuplicateId { id: id.clone(), first })
                    }
                    None => {
                        seen.insert(id, j);
                    }
                }
            }
            if cut.cites.is_empty() {
                self.push(path.clone(), ProblemKind::MissingCitation);
            }
        }
        self.citations(&path, &cut.cites);
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

    ck.ids("cut_lines", d.cut_lines.iter().map(|c| c.id.as_str()), "id");
    for (i, c) in d.cut_lines.iter().enumerate() {
        let previous = i.checked_sub(1).and_then(|p| d.cut_lines.get(p));
        ck.cut(i, c, previous);
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
    fn an_empty_dataset_reports_counts_and_required_texts() {
        let problems = validate(&Dataset::default());
        let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
        assert!(paths.contains(&"criteria"));
        assert!(paths.contains(&"teams"));
        assert!(paths.contains(&"title"));
    }
}
