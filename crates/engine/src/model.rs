//! The dataset schema: what a team, a criterion, a score and a source *are*.
//!
//! Pure serde types, no web dependencies. Deserialisation is lenient on purpose (missing
//! fields become empty, unknown fields are collected in `unknown`) so that
//! [`crate::validate`] can report *every* problem with its JSON path instead of stopping at
//! the first. Only a validated [`Dataset`] should reach the engine ([`crate::rank`]).
//!
//! The schema is general: 2–8 criteria and 2–200 teams of anything (a teacher's "which city
//! should host the games?" works too); the K-AI file `data/kai-2025.json` is the default.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::classroom::CriterionScale;
use crate::text::Text;

/// Smallest and largest score on any criterion.
pub const SCORE_MIN: f64 = 0.0;
/// See [`SCORE_MIN`].
pub const SCORE_MAX: f64 = 10.0;
/// Criteria a dataset may have: fewer is not a trade-off, more is unreadable on a phone.
pub const CRITERIA_RANGE: (usize, usize) = (2, 8);
/// Teams a dataset may have.
pub const TEAMS_RANGE: (usize, usize) = (2, 200);

/// A whole dataset: the teams, the criteria they are scored on, and where every fact comes from.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Dataset {
    /// Which rules the dataset is held to: the K-AI data's (every score sourced and
    /// explained) or a classroom's (names and numbers). Absent in the K-AI file.
    #[serde(skip_serializing_if = "Mode::is_sourced")]
    pub mode: Mode,
    /// What the items are, from the header of a classroom table's name column ("도시",
    /// "City"), so the words can follow the data; `None` in the K-AI data (teams).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_label: Option<Text>,
    /// Version of this dataset's content (not of the schema), e.g. `"1.0.0"`.
    pub version: String,
    /// The date the facts are current to (`YYYY-MM-DD`); readers need to know how old they are.
    pub as_of: String,
    /// Headline of the widget.
    pub title: Text,
    /// The question the widget asks, in one line.
    pub question: Text,
    /// Says the scores are editorial judgements, not official results. Always shown.
    pub disclaimer: Text,
    /// Facts about the competition as a whole (not about one team).
    pub context: Vec<Claim>,
    /// The criteria, in display order; weights are given in this order.
    pub criteria: Vec<Criterion>,
    /// All teams, in the order used to break exact ties (see [`crate::rank`]).
    pub teams: Vec<Team>,
    /// Named weightings a reader can pick.
    pub presets: Vec<Preset>,
    /// The reports cited anywhere in the dataset.
    pub sources: Vec<Source>,
    /// The programme's rounds in date order: who took part, how many were to be kept, who
    /// really was (or `None` while pending). The widget's round picker steps through them.
    pub rounds: Vec<Round>,
    /// What an organiser published about a round in its own scheme (e.g. the ministry's
    /// 100-point stage-one scores), shown next to our editorial scores, never mixed into them.
    pub official: Option<Official>,
    /// Fields this schema does not know; validation reports them (usually a typo).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// Which rules a [`Dataset`] is held to ([`crate::validate`]): the mode is explicit in the
/// data, so a classroom's table can never loosen the K-AI file's rules by accident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The K-AI rules: version, date, question, disclaimer, definitions, both languages
    /// everywhere, a rationale and a citation for every score. The default.
    #[default]
    Sourced,
    /// A teacher's own data: names and numbers. Rationales, sources, disclaimer, definitions
    /// and translations are optional; what is given is still checked.
    Classroom,
}

impl Mode {
    /// True for the default [`Mode::Sourced`] (not written out).
    pub fn is_sourced(&self) -> bool {
        *self == Mode::Sourced
    }
}

/// One evaluation criterion, e.g. sovereignty.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Criterion {
    /// Stable id used in URLs, weights and scores (`performance`, `sovereignty`, …).
    pub id: String,
    /// Short label for sliders and legends.
    pub label: Text,
    /// One paragraph saying what evidence counts for this criterion.
    pub definition: Text,
    /// For a criterion measured in its own unit (a classroom's): the unit, which end is good
    /// and how the raw values ([`Score::raw`]) became the 0–10 [`Score::value`]s. `None` when
    /// the values are 0–10 judgements (the K-AI data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<CriterionScale>,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// A competitor (a consortium in the K-AI data).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Team {
    /// Stable id (`naver-cloud`, `lg-ai`, …).
    pub id: String,
    /// Display name.
    pub name: Text,
    /// Lead organisation; `None` when the sources do not say.
    pub lead: Option<Claim>,
    /// Consortium partners.
    pub partners: Option<Claim>,
    /// Flagship model(s).
    pub models: Option<Claim>,
    /// Stated model scale (parameters).
    pub scale: Option<Claim>,
    /// Compute / GPU situation.
    pub compute: Option<Claim>,
    /// Strategy in one line.
    pub strategy: Option<Claim>,
    /// What actually happened to the team (selected or not, and when).
    pub outcome: Option<Claim>,
    /// Further key facts.
    pub facts: Vec<Claim>,
    /// Score per criterion id. A criterion absent here is treated like a `null` score.
    pub scores: BTreeMap<String, Score>,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// A statement in both languages with the reports that back it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Claim {
    /// The statement.
    pub text: Text,
    /// Where it comes from; at least one for every claim in the K-AI data.
    pub cites: Vec<Citation>,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// A verbatim quote from a source report, so a reader (and `check_data.py`) can verify it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Citation {
    /// File name of the report, matching a [`Source::file`].
    pub source: String,
    /// Verbatim words from the report (Korean); elisions written `…`.
    pub quote: String,
    /// English gloss of the quote.
    pub gloss: String,
    /// For a `LATER.md` citation: the fact id (`L07`) whose line holds the quote.
    pub fact: Option<String>,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// A team's score on one criterion: an editorial judgement with its reasons.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Score {
    /// 0–10, or `None` when the sources give too little to judge (never a guess).
    pub value: Option<f64>,
    /// The value as measured, in the criterion's unit ([`Criterion::scale`]), before scaling
    /// to 0–10; `None` when missing or when the value is a 0–10 judgement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<f64>,
    /// Why this value (or why none), naming the facts it rests on.
    pub rationale: Text,
    /// The facts it rests on.
    pub cites: Vec<Citation>,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// A named weighting, e.g. "sovereignty first".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Preset {
    /// Stable id used in URLs (`equal`, `ministry`, …).
    pub id: String,
    /// Button label.
    pub label: Text,
    /// One sentence saying what this weighting stands for (and how it was mapped).
    pub description: Text,
    /// Weight per criterion id; non-negative, not all zero. Missing criteria weigh 0.
    pub weights: BTreeMap<String, f64>,
    /// Requirements (criterion id → minimum score) that come with this preset, e.g. "as in
    /// stage one": a team below one is out whatever its weighted score.
    pub gates: BTreeMap<String, f64>,
    /// The round this preset is about, when it reproduces one (the widget switches to it).
    pub round: Option<String>,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// A report the data cites.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Source {
    /// File name, the key citations use (`000_2952732154000d8c.txt`).
    pub file: String,
    /// Outlet or publication.
    pub outlet: Text,
    /// Author.
    pub author: Text,
    /// Publication date as given (`2025-08-05`, or `2025-09`); `None` when the source is
    /// undated (the widget says so rather than guessing).
    pub date: Option<String>,
    /// Original title (as published, usually Korean), when recorded.
    pub title: Option<String>,
    /// Where the original is online, when known.
    pub url: Option<String>,
    /// `LATER.md` fact ids this report stands behind (`L04`), for the later events.
    pub facts: Vec<String>,
    /// What kind of source it is (news report, column, blog) and any caveat.
    pub note: Option<Text>,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// One round of the programme: a selection or an evaluation that keeps some teams.
///
/// Why rounds and not one cut line: the story is a sequence (10 → 5 → 3 + 1 → 4 → 3 → 2), and
/// each step has its own participants, planned size and real outcome.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Round {
    /// Stable id (`selection-2025`, `stage-1`, `extra-call`, `stage-2`, `final`).
    pub id: String,
    /// When it happened or is planned (`YYYY-MM-DD`, or `YYYY-MM` for a planned round).
    pub date: String,
    /// Short label ("1차 단계평가 (2026-01-15)").
    pub label: Text,
    /// `selection` (a call choosing among applicants) or `evaluation` (a stage judging the
    /// teams in the programme); the widget opens on the latest evaluation with an outcome.
    pub kind: RoundKind,
    /// Ids of the teams taking part, in dataset order or any order.
    pub participants: Vec<String>,
    /// Number of teams planned to be kept.
    pub size: usize,
    /// Ids of the teams really kept; `None` while the round is pending.
    pub actual: Option<Vec<String>>,
    /// Why there is no outcome yet ("planned for August 2026"), for a pending round.
    pub pending_note: Option<Text>,
    /// The published reason for each team that left.
    pub exits: Vec<Exit>,
    /// Where the round and its result are reported.
    pub cites: Vec<Citation>,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// Whether a round chose among applicants or judged the programme's teams.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RoundKind {
    /// An evaluation stage of the teams in the programme.
    #[default]
    Evaluation,
    /// A call choosing new teams among applicants.
    Selection,
}

/// A team that left a round, with the reason published for it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Exit {
    /// Team id.
    pub team: String,
    /// The published reason.
    pub reason: Text,
    /// The criterion id when the reason is a requirement (a gate), not a score: such a team
    /// is out whatever its weighted total.
    pub gate: Option<String>,
    /// Where the reason is reported.
    pub cites: Vec<Citation>,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// What an organiser published for a round in its own scheme, kept apart from our scores.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Official {
    /// The round these figures belong to.
    pub round: String,
    /// What was and was not published.
    pub note: Text,
    /// The published point scheme.
    pub scheme: Vec<OfficialPart>,
    /// Published scores, one per team and part (`total` for a total).
    pub scores: Vec<OfficialScore>,
    /// Published averages over all teams, per part.
    pub averages: Vec<OfficialAverage>,
    /// Where these figures are reported.
    pub cites: Vec<Citation>,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// One part of a published scheme (e.g. benchmark, 40 points), possibly with sub-parts.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OfficialPart {
    /// Part id (`benchmark`, `nia`).
    pub id: String,
    /// Label.
    pub label: Text,
    /// Points available.
    pub points: f64,
    /// Sub-parts.
    pub parts: Vec<OfficialPart>,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// One published score of one team on one part.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OfficialScore {
    /// Team id.
    pub team: String,
    /// Part id, or `total`.
    pub part: String,
    /// Points.
    pub value: f64,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// A published average over the teams of a round.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OfficialAverage {
    /// Part id, or `total`.
    pub part: String,
    /// Points.
    pub value: f64,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// Names of fields the schema does not know, in input order. Values are skipped unread.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UnknownFields(pub Vec<String>);

impl<'de> Deserialize<'de> for UnknownFields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> Visitor<'de> for Keys {
            type Value = UnknownFields;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(key);
                }
                Ok(UnknownFields(keys))
            }
        }
        deserializer.deserialize_map(Keys)
    }
}

impl Dataset {
    /// Index of the criterion with this id.
    pub fn criterion_index(&self, id: &str) -> Option<usize> {
        self.criteria.iter().position(|c| c.id == id)
    }

    /// Index of the team with this id.
    pub fn team_index(&self, id: &str) -> Option<usize> {
        self.teams.iter().position(|t| t.id == id)
    }

    /// The source with this file name.
    pub fn source(&self, file: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.file == file)
    }

    /// Score values of one team in criterion order (`None` = missing). Rows of this matrix are
    /// what the engine works on.
    pub fn score_row(&self, team: usize) -> Vec<Option<f64>> {
        let t = &self.teams[team];
        self.criteria.iter().map(|c| t.scores.get(&c.id).and_then(|s| s.value)).collect()
    }

    /// Whether a preset already gives every criterion the same positive weight with no
    /// requirements (the K-AI data's "균등 / Equal"): then a separate "reset to equal" button
    /// would do exactly what that preset does, and the widget shows only the preset.
    pub fn has_equal_preset(&self) -> bool {
        self.presets.iter().any(|p| {
            let first = self.criteria.first().and_then(|c| p.weights.get(&c.id));
            p.gates.is_empty()
                && first.is_some_and(|w| *w > 0.0)
                && self.criteria.iter().all(|c| p.weights.get(&c.id) == first)
        })
    }

    /// The round with this id.
    pub fn round(&self, id: &str) -> Option<&Round> {
        self.rounds.iter().find(|r| r.id == id)
    }

    /// The round the widget opens on: the latest evaluation with a real outcome (so a newer
    /// one becomes the default as soon as the data adds its result), else the latest round
    /// with an outcome, else the first round.
    pub fn default_round(&self) -> Option<&Round> {
        let decided = |r: &&Round| r.actual.is_some();
        self.rounds
            .iter()
            .rev()
            .find(|r| decided(r) && r.kind == RoundKind::Evaluation)
            .or_else(|| self.rounds.iter().rev().find(decided))
            .or_else(|| self.rounds.first())
    }

    /// The preset with this id (the `preset` option of the widget, `--preset` of the CLI).
    pub fn preset(&self, id: &str) -> Option<&Preset> {
        self.presets.iter().find(|p| p.id == id)
    }

    /// How many teams are above the line of a round: its planned size, kept between 1 and
    /// teams − 1 so the line always has teams on both sides; without a round,
    /// [`FALLBACK_CUT`].
    pub fn round_cut(&self, round: Option<&Round>) -> usize {
        round.map_or(FALLBACK_CUT, |r| r.size).min(self.teams.len().saturating_sub(1)).max(1)
    }

    /// The line every shell draws when none is asked for: that of [`Dataset::default_round`].
    pub fn default_cut(&self) -> usize {
        self.round_cut(self.default_round())
    }
}

/// Teams above the default line of a dataset that defines no cut line (the K-AI selection
/// size, a common shortlist length).
pub const FALLBACK_CUT: usize = 5;

#[cfg(test)]
mod tests {
    use super::*;

    fn teams(n: usize) -> Vec<Team> {
        (0..n).map(|i| Team { id: format!("t{i}"), ..Default::default() }).collect()
    }

    #[test]
    fn the_default_line_is_the_latest_decided_evaluation_with_teams_on_both_sides() {
        let round = |id: &str, size, kind, actual: bool| Round {
            id: id.into(),
            size,
            kind,
            actual: actual.then(Vec::new),
            ..Default::default()
        };
        let mut d = Dataset { teams: teams(10), ..Default::default() };
        assert_eq!(d.default_cut(), 5, "no round: the fallback");
        d.rounds.push(round("sel", 3, RoundKind::Selection, true));
        assert_eq!(d.default_round().map(|r| r.id.as_str()), Some("sel"));
        d.rounds.push(round("one", 2, RoundKind::Evaluation, true));
        d.rounds.push(round("call", 1, RoundKind::Selection, true));
        d.rounds.push(round("two", 1, RoundKind::Evaluation, false));
        // The latest evaluation with an outcome, not the later call nor the pending stage.
        assert_eq!(d.default_round().map(|r| r.id.as_str()), Some("one"));
        assert_eq!(d.default_cut(), 2);
        d.teams.truncate(2);
        assert_eq!(d.default_cut(), 1, "a line below every team is no line");
        let p = Preset { id: "fast".into(), ..Default::default() };
        d.presets.push(p);
        assert_eq!(d.preset("fast").map(|p| p.id.as_str()), Some("fast"));
        assert!(d.preset("slow").is_none());
    }

    #[test]
    fn an_equal_preset_makes_the_reset_button_redundant() {
        let crit = |id: &str| Criterion { id: id.into(), ..Default::default() };
        let preset = |w: &[(&str, f64)]| Preset {
            weights: w.iter().map(|(k, v)| ((*k).to_string(), *v)).collect(),
            ..Default::default()
        };
        let mut d = Dataset { criteria: vec![crit("a"), crit("b")], ..Default::default() };
        assert!(!d.has_equal_preset(), "no presets: reset is needed");
        d.presets.push(preset(&[("a", 2.0), ("b", 1.0)]));
        assert!(!d.has_equal_preset());
        d.presets.push(preset(&[("a", 1.0)]));
        assert!(!d.has_equal_preset(), "a missing criterion weighs 0, not the same");
        d.presets.push(preset(&[("a", 0.0), ("b", 0.0)]));
        assert!(!d.has_equal_preset(), "all zero is no ranking, not equal weights");
        let mut gated = preset(&[("a", 1.0), ("b", 1.0)]);
        gated.gates.insert("a".into(), 5.0);
        d.presets.push(gated);
        assert!(!d.has_equal_preset(), "a preset with a requirement does more than reset");
        d.presets.push(preset(&[("a", 25.0), ("b", 25.0)]));
        assert!(d.has_equal_preset());
    }
}
