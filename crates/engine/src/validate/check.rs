//! The rules: walks a deserialised [`Dataset`] and lists *every* [`Problem`], in document order.
//!
//! Why a list and not the first error: a data editor fixing a 2 000-line file wants all the
//! typos at once, and the widget shows them all instead of a blank chart. Parsing is
//! [`super::parse`]'s job, the wording [`super::problem`]'s. Nothing here panics on any input.

use std::collections::HashMap;

use super::problem::{Problem, ProblemKind, ROOT_PATH};
use super::text::isolate_bidi;
use crate::model::{
    CRITERIA_RANGE, Citation, Claim, Dataset, Mode, Official, Preset, Round, SCORE_MAX, SCORE_MIN,
    Score, Source, TEAMS_RANGE, Team, UnknownFields,
};
use crate::text::{Lang, Text};

/// Longest id accepted: ids end up in URLs and on narrow screens.
pub const MAX_ID_LEN: usize = 40;

/// Largest weight a preset (or a reader) may give: far beyond any sensible ratio, far below
/// where sums could overflow.
pub const MAX_WEIGHT: f64 = 1e6;

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
    /// True under the K-AI rules ([`Mode::Sourced`]); false for a classroom's data, where
    /// sources, rationales, definitions and translations are optional.
    fn sourced(&self) -> bool {
        self.dataset.mode == Mode::Sourced
    }

    fn push(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
    }

    fn unknown(&mut self, path: &str, unknown: &UnknownFields) {
        for name in &unknown.0 {
            self.push(path, ProblemKind::UnknownField { name: name.clone() });
        }
    }

    /// A bilingual text that must be present in both languages (in a classroom's data, in
    /// either: [`Text::get`] falls back to the other side).
    fn text(&mut self, path: String, text: &Text) {
        let ko = text.ko.trim().is_empty();
        let en = text.en.trim().is_empty();
        let sourced = self.sourced();
        match (ko, en) {
            (true, true) => self.push(path, ProblemKind::Empty),
            (true, false) if sourced => {
                self.push(path, ProblemKind::MissingTranslation { lang: Lang::Ko })
            }
            (false, true) if sourced => {
                self.push(path, ProblemKind::MissingTranslation { lang: Lang::En })
            }
            _ => {}
        }
    }

    /// A text the K-AI rules require and a classroom's data may leave out (then it is checked
    /// only when given).
    fn sourced_text(&mut self, path: String, text: &Text) {
        if self.sourced() || !(text.ko.trim().is_empty() && text.en.trim().is_empty()) {
            self.text(path, text);
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
            if c.gloss.trim().is_empty() && self.sourced() {
                self.push(format!("{p}.gloss"), ProblemKind::MissingTranslation { lang: Lang::En });
            }
        }
    }

    fn claim(&mut self, path: String, claim: &Claim) {
        self.unknown(&path, &claim.unknown);
        self.text(format!("{path}.text"), &claim.text);
        if claim.cites.is_empty() && self.sourced() {
            self.push(path.clone(), ProblemKind::MissingCitation);
        }
        self.citations(&path, &claim.cites);
    }

    fn score(&mut self, path: String, score: &Score) {
        self.unknown(&path, &score.unknown);
        let blank = score.rationale.ko.trim().is_empty() && score.rationale.en.trim().is_empty();
        if score.raw.is_some_and(|r| !r.is_finite()) {
            self.push(format!("{path}.raw"), ProblemKind::NotFinite);
        }
        // A classroom's score is a number from a table: no rationale or citation needed.
        let sourced = self.sourced();
        match score.value {
            Some(v) => {
                if !v.is_finite() {
                    self.push(path.clone(), ProblemKind::NotFinite);
                } else if !(SCORE_MIN..=SCORE_MAX).contains(&v) {
                    self.push(path.clone(), ProblemKind::ScoreOutOfRange { value: v });
                }
                if blank && sourced {
                    self.push(path.clone(), ProblemKind::MissingRationale);
                }
                if score.cites.is_empty() && sourced {
                    self.push(path.clone(), ProblemKind::MissingCitation);
                }
            }
            None => {
                if blank && sourced {
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
                // A classroom's empty cell may simply be left out.
                None if self.sourced() => self.push(p, ProblemKind::MissingScore),
                None => {}
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
        self.sourced_text(format!("{path}.description"), &preset.description);
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
                if round.cites.is_empty() && self.sourced() {
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

    /// For every criterion with a [`scale`](crate::model::Criterion::scale): each team's
    /// value is its raw value scaled as the settings say, so the raw units a reader sees and
    /// the ranking agree. A raw value that cannot be scaled (outside 0–10 for raw scaling) is
    /// reported at `.raw`.
    fn scales(&mut self) {
        let d = self.dataset;
        for c in &d.criteria {
            let Some(settings) = &c.scale else { continue };
            let raw: Vec<Option<f64>> =
                d.teams.iter().map(|t| t.scores.get(&c.id).and_then(|s| s.raw)).collect();
            let path = |t: usize, field: &str| format!("teams[{t}].scores.{}.{field}", c.id);
            match crate::classroom::scale(&raw, settings.direction, settings.scaling) {
                Ok(expected) => {
                    for (t, (team, want)) in d.teams.iter().zip(expected).enumerate() {
                        let value = team.scores.get(&c.id).and_then(|s| s.value);
                        let agree = match (value, want) {
                            (Some(v), Some(w)) => (v - w).abs() <= 1e-9,
                            (None, None) => true,
                            _ => false,
                        };
                        if !agree {
                            self.push(
                                path(t, "value"),
                                ProblemKind::ScaleMismatch { expected: want },
                            );
                        }
                    }
                }
                Err(bad) => {
                    for t in bad {
                        // A raw value that is not finite is reported by `score`.
                        let value = raw.get(t).copied().flatten().unwrap_or(f64::NAN);
                        if value.is_finite() {
                            self.push(path(t, "raw"), ProblemKind::ScoreOutOfRange { value });
                        }
                    }
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
/// Under [`Mode::Classroom`] (a teacher's own table) the K-AI-only requirements are skipped:
/// version, date, question, disclaimer, definitions, preset descriptions, the second language
/// of any text, a rationale and a citation per score (or a reason for a missing one), a score
/// entry per criterion, citations of claims and rounds. Everything given is still checked
/// (ids, counts, 0–10, known references, a date's form). The K-AI data keeps every rule.
///
/// Checks ids (well-formed, unique), counts (2–8 criteria, 2–200 teams), scores (0–10, finite,
/// with bilingual rationale and citations; `null` with a reason), citations (known source,
/// non-empty quote), bilingual texts, presets (known criteria, finite, non-negative, not all
/// zero), cut lines (sizes, real outcomes naming known teams) and unknown fields everywhere.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    let mut ck = Checker { dataset, problems: Vec::new() };
    let d = dataset;
    ck.unknown(ROOT_PATH, &d.unknown);
    // A classroom's data needs none of these, but what it gives must be right.
    if ck.sourced() {
        ck.required("version".into(), &d.version);
    }
    if ck.sourced() || !d.as_of.trim().is_empty() {
        ck.date("as_of".into(), &d.as_of);
    }
    ck.text("title".into(), &d.title);
    ck.sourced_text("question".into(), &d.question);
    ck.sourced_text("disclaimer".into(), &d.disclaimer);
    if let Some(label) = &d.item_label {
        ck.text("item_label".into(), label);
    }
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
        ck.sourced_text(format!("{path}.definition"), &c.definition);
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
    ck.scales();

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
