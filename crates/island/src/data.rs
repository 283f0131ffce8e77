//! The dataset the island ranks, compiled in as code by build.rs (no parser in the wasm).

use std::collections::BTreeMap;

use kai_engine::model::{Criterion, Dataset, Exit, Preset, Round, RoundKind, Score, Team};
use kai_engine::text::Text;

fn t(ko: &str, en: &str) -> Text {
    Text::new(ko, en)
}

fn owned(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_string()).collect()
}

fn criterion(id: &str, label: Text) -> Criterion {
    Criterion { id: id.into(), label, ..Default::default() }
}

fn team(id: &str, name: Text, scores: &[(&str, Option<f64>)]) -> Team {
    let scores = scores
        .iter()
        .map(|(c, v)| ((*c).to_string(), Score { value: *v, ..Default::default() }))
        .collect();
    Team { id: id.into(), name, scores, ..Default::default() }
}

fn map(v: &[(&str, f64)]) -> BTreeMap<String, f64> {
    v.iter().map(|(k, x)| ((*k).to_string(), *x)).collect()
}

fn preset(
    id: &str,
    label: Text,
    description: Text,
    weights: &[(&str, f64)],
    gates: &[(&str, f64)],
    round: Option<&str>,
) -> Preset {
    Preset {
        id: id.into(),
        label,
        description,
        weights: map(weights),
        gates: map(gates),
        round: round.map(str::to_string),
        ..Default::default()
    }
}

fn exit(team: &str, reason: Text, gate: Option<&str>) -> Exit {
    Exit { team: team.into(), reason, gate: gate.map(str::to_string), ..Default::default() }
}

include!(concat!(env!("OUT_DIR"), "/island_data.rs"));
