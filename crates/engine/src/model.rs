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
    /// Selection cuts of the programme, first (largest) first.
    pub cut_lines: Vec<CutLine>,
    /// Fields this schema does not know; validation reports them (usually a typo).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
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
    /// Publication date as given (`2025-08-05`, or `2025-09`).
    pub date: String,
    /// Original title (as published, usually Korean).
    pub title: String,
    /// Where the original is online, when known.
    pub url: Option<String>,
    /// Unknown fields (reported by validation).
    #[serde(flatten, skip_serializing)]
    pub unknown: UnknownFields,
}

/// A selection cut of the programme: how many teams go through, and who really did.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CutLine {
    /// Stable id (`selection`, `stage-1`, `final`).
    pub id: String,
    /// Number of teams above the line.
    pub size: usize,
    /// When the cut happens / happened (`YYYY-MM-DD` or `YYYY-MM`), if known.
    pub date: Option<String>,
    /// Label ("5 teams selected, 2025-08-04").
    pub label: Text,
    /// Ids of the teams that really passed this cut; `None` while undecided or unreported.
    pub actual: Option<Vec<String>>,
    /// Where the cut and its result are reported.
    pub cites: Vec<Citation>,
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

    /// The dataset's first cut line (for K-AI, the real selection of five).
    pub fn main_cut(&self) -> Option<&CutLine> {
        self.cut_lines.first()
    }

    /// The preset with this id (the `preset` option of the widget, `--preset` of the CLI).
    pub fn preset(&self, id: &str) -> Option<&Preset> {
        self.presets.iter().find(|p| p.id == id)
    }

    /// How many teams are above the line every shell draws when none is asked for: the size
    /// of [`Dataset::main_cut`] ([`FALLBACK_CUT`] without one), kept between 1 and teams − 1
    /// so the line always has teams on both sides (1 for a one-team dataset).
    pub fn default_cut(&self) -> usize {
        self.main_cut()
            .map_or(FALLBACK_CUT, |c| c.size)
            .min(self.teams.len().saturating_sub(1))
            .max(1)
    }

    /// The line below `size` teams: the dataset's own line of that size (with its label and
    /// real outcome) when it has one, else a bare line with no outcome to compare with.
    pub fn cut_line(&self, size: usize) -> CutLine {
        self.cut_lines
            .iter()
            .find(|c| c.size == size)
            .cloned()
            .unwrap_or_else(|| CutLine { size, ..CutLine::default() })
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
    fn the_default_line_is_the_first_cut_with_teams_on_both_sides() {
        let mut d = Dataset { teams: teams(10), ..Default::default() };
        assert_eq!(d.default_cut(), 5, "no cut line: the fallback");
        d.cut_lines.push(CutLine { id: "sel".into(), size: 3, ..Default::default() });
        d.cut_lines.push(CutLine { id: "fin".into(), size: 2, ..Default::default() });
        assert_eq!(d.default_cut(), 3);
        d.teams.truncate(3);
        assert_eq!(d.default_cut(), 2, "a line below every team is no line");
        d.teams.truncate(1);
        assert_eq!(d.default_cut(), 1);
    }

    #[test]
    fn a_cut_line_brings_its_real_outcome_only_when_the_data_has_one() {
        let d = Dataset {
            teams: teams(4),
            cut_lines: vec![CutLine {
                id: "sel".into(),
                size: 2,
                actual: Some(vec!["t0".into(), "t1".into()]),
                ..Default::default()
            }],
            presets: vec![Preset { id: "fast".into(), ..Default::default() }],
            ..Default::default()
        };
        assert_eq!(d.cut_line(2).id, "sel");
        assert!(d.cut_line(2).actual.is_some());
        let bare = d.cut_line(3);
        assert_eq!((bare.size, bare.id.as_str(), bare.actual), (3, "", None));
        assert_eq!(d.preset("fast").map(|p| p.id.as_str()), Some("fast"));
        assert!(d.preset("slow").is_none());
    }
}
