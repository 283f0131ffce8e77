//! What `rank` and `explain` print: the text tables and the `--json` documents.
//!
//! Why a module: the CLI's layout (column widths for Hangul, the cut line drawn across the
//! table) is the only presentation the CLI owns. Every word comes from
//! [`kai_engine::i18n`], every number from [`kai_engine::format`], and every text taken from
//! the data passes [`terminal_safe`] before it reaches the terminal.

use kai_engine::format::{percent, score, tenths};
use kai_engine::i18n::cli::{self as words, Cli};
use kai_engine::i18n::{self, Ui};
use kai_engine::model::{Dataset, Round};
use kai_engine::rank::{CutComparison, Gates, Ranking, ScoreMatrix, Weights};
use kai_engine::sensitivity::{
    Acceptability, Edge, Reach, ShareRange, StabilityInterval, WhatItTakes,
};
use kai_engine::text::{Lang, terminal_safe};
use serde_json::{Value, json};

/// Everything `rank` and `explain` need once arguments meet the dataset.
pub struct Setup {
    /// The validated dataset.
    pub dataset: Dataset,
    /// From `--weights`, `--preset` or equal weights.
    pub weights: Weights,
    /// The round shown: `--round`, the preset's, or the latest evaluation with an outcome.
    pub round: Option<Round>,
    /// Places above the line: `--cut` or the round's planned size.
    pub size: usize,
    /// Requirements: `--gate` or the preset's.
    pub gates: Gates,
    /// The teams ranked (the round's participants).
    pub scope: Vec<usize>,
}

impl Setup {
    /// The same setup on a dataset of only the teams that sensitivity can speak of: in the
    /// round, passing every requirement, with every score (a random weighting needs them all).
    /// The others are returned by id, to be named with why ([`left_out_names`]).
    pub fn explainable(&self) -> (Setup, Vec<String>) {
        let d = &self.dataset;
        let m = ScoreMatrix::new(d);
        let keep: Vec<usize> = self
            .scope
            .iter()
            .copied()
            .filter(|&t| self.gates.failed(&m, t).is_empty() && m.is_complete(t))
            .collect();
        let left_out: Vec<String> = self
            .scope
            .iter()
            .copied()
            .filter(|t| !keep.contains(t))
            .map(|t| d.teams[t].id.clone())
            .collect();
        let mut sub = d.clone();
        sub.teams = keep.iter().map(|&t| d.teams[t].clone()).collect();
        let ids: Vec<String> = sub.teams.iter().map(|t| t.id.clone()).collect();
        let round = self.round.clone().map(|mut r| {
            r.participants.retain(|p| ids.contains(p));
            r
        });
        let scope = (0..sub.teams.len()).collect();
        let setup = Setup {
            dataset: sub,
            weights: self.weights.clone(),
            round,
            size: self.size,
            gates: Gates::none(d.criteria.len()),
            scope,
        };
        (setup, left_out)
    }
}

/// Why a team is left out of the analysis, in `lang` ("Kakao (no industry score)").
pub fn left_out_names(d: &Dataset, ids: &[String], gates: &Gates, lang: Lang) -> Vec<String> {
    let m = ScoreMatrix::new(d);
    ids.iter()
        .filter_map(|id| d.team_index(id))
        .map(|t| {
            let missing: Vec<usize> =
                (0..d.criteria.len()).filter(|&c| m.get(t, c).is_none()).collect();
            let why = if missing.is_empty() {
                gate_text(d, &m, gates, t, lang)
            } else {
                missing_text(d, &missing, lang)
            };
            format!("{} ({why})", team_name(d, t, lang))
        })
        .collect()
}

/// The widget's flag for a team out by a requirement ("out, below the requirement:
/// sovereignty 4.0 < 5"), the same words in the terminal.
fn gate_text(d: &Dataset, m: &ScoreMatrix, gates: &Gates, t: usize, lang: Lang) -> String {
    let failed: Vec<(String, f64, f64)> = gates
        .failed(m, t)
        .into_iter()
        .map(|c| {
            let min = gates.minimums()[c].unwrap_or_default();
            (criterion_label(d, c, lang), m.get(t, c).unwrap_or_default(), min)
        })
        .collect();
    let refs: Vec<(&str, f64, f64)> = failed.iter().map(|(l, v, n)| (l.as_str(), *v, *n)).collect();
    i18n::gate_flag(lang, &refs)
}

/// The widget's flag for a team without a rank ("not rankable with these weights: no global
/// reach score"), the same words in the terminal.
fn missing_text(d: &Dataset, missing: &[usize], lang: Lang) -> String {
    let labels: Vec<String> = missing.iter().map(|&c| criterion_label(d, c, lang)).collect();
    let refs: Vec<&str> = labels.iter().map(String::as_str).collect();
    i18n::missing_flag(lang, &refs)
}

/// The sensitivity figures `explain` prints.
pub struct Explanation {
    /// One stability band per criterion (empty when every weight is 0).
    pub intervals: Vec<StabilityInterval>,
    /// What it takes, for `--team` or every team.
    pub takes: Vec<WhatItTakes>,
    /// Rank acceptability over random weightings.
    pub accept: Acceptability,
}

// ---- text layout -----------------------------------------------------------------------

/// Terminal columns a string takes: Hangul, CJK and full-width forms count 2, combining
/// marks 0. Rough, but enough to line up Korean team names.
fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            if matches!(u, 0x0300..=0x036F | 0x200B..=0x200F | 0xFE00..=0xFE0F) {
                0
            } else if matches!(u,
                0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
                | 0x4E00..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
                | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
            {
                2
            } else {
                1
            }
        })
        .sum()
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
}

fn pad(s: &str, width: usize, align: Align) -> String {
    let fill = " ".repeat(width.saturating_sub(display_width(s)));
    match align {
        Align::Left => format!("{s}{fill}"),
        Align::Right => format!("{fill}{s}"),
    }
}

/// Renders rows under a header; `separator` draws a labelled line after that many rows.
fn table(
    header: &[String],
    aligns: &[Align],
    rows: &[Vec<String>],
    separator: Option<(usize, String)>,
) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| display_width(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(display_width(cell));
            }
        }
    }
    let line = |cells: &[String]| -> String {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                pad(
                    c,
                    widths.get(i).copied().unwrap_or(0),
                    aligns.get(i).copied().unwrap_or(Align::Left),
                )
            })
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    let total: usize = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
    let mut out = String::new();
    out.push_str(&line(header));
    out.push('\n');
    out.push_str(&"─".repeat(total));
    out.push('\n');
    for (i, row) in rows.iter().enumerate() {
        out.push_str(&line(row));
        out.push('\n');
        if let Some((after, label)) = &separator
            && i + 1 == *after
            && i + 1 < rows.len()
        {
            let head = format!("┄┄ {label} ");
            let fill = total.saturating_sub(display_width(&head)).max(2);
            out.push_str(&head);
            out.push_str(&"┄".repeat(fill));
            out.push('\n');
        }
    }
    out
}

// ---- texts from the data, made terminal-safe ----------------------------------------------

fn team_name(d: &Dataset, team: usize, lang: Lang) -> String {
    d.teams
        .get(team)
        .map_or_else(|| format!("#{team}"), |t| terminal_safe(t.name.get(lang)).into_owned())
}

fn team_names(d: &Dataset, teams: &[usize], lang: Lang) -> String {
    let names: Vec<String> = teams.iter().map(|&t| team_name(d, t, lang)).collect();
    words::team_list(lang, &names)
}

fn criterion_label(d: &Dataset, c: usize, lang: Lang) -> String {
    d.criteria
        .get(c)
        .map_or_else(|| format!("#{c}"), |c| terminal_safe(c.label.get(lang)).into_owned())
}

/// "weights: performance=40,…" then the dataset's editorial disclaimer.
fn preamble(s: &Setup, lang: Lang) -> String {
    let mut out =
        format!("{}: {}\n", Cli::Weights.get(lang), terminal_safe(&s.weights.to_param(&s.dataset)));
    if let Some(r) = &s.round {
        let pending = r.pending_note.as_ref().map(|n| terminal_safe(n.get(lang)).into_owned());
        out.push_str(&words::round_line(
            lang,
            &terminal_safe(r.label.get(lang)),
            pending.as_deref(),
        ));
        out.push('\n');
    }
    let gates: Vec<String> = s
        .dataset
        .criteria
        .iter()
        .zip(s.gates.minimums())
        .filter_map(|(c, g)| {
            g.map(|v| format!("{} ≥ {}", terminal_safe(c.label.get(lang)), tenths(v)))
        })
        .collect();
    if !gates.is_empty() {
        out.push_str(&words::gates_line(lang, &gates));
        out.push('\n');
    }
    let disclaimer = s.dataset.disclaimer.get(lang);
    if !disclaimer.trim().is_empty() {
        out.push_str(&terminal_safe(disclaimer));
        out.push('\n');
    }
    out
}

/// The JSON document as one line, with controls a terminal would act on escaped.
pub fn json_line(v: &Value) -> String {
    let mut s = kai_engine::text::terminal_safe_json(&v.to_string()).into_owned();
    s.push('\n');
    s
}

// ---- rank ------------------------------------------------------------------------------

fn is_selected(round: Option<&Round>, id: &str) -> Option<bool> {
    round.and_then(|r| r.actual.as_ref()).map(|a| a.iter().any(|x| x == id))
}

/// The `rank` table, the dataset's disclaimer and who would cross the real line.
pub fn rank_text(s: &Setup, ranking: &Ranking, cmp: &CutComparison, lang: Lang) -> String {
    let d = &s.dataset;
    let matrix = ScoreMatrix::new(d);
    let mut header: Vec<String> =
        [Cli::Rank, Cli::Team, Cli::Score].iter().map(|h| h.get(lang).to_string()).collect();
    let mut aligns = vec![Align::Right, Align::Left, Align::Right];
    for c in 0..d.criteria.len() {
        header.push(criterion_label(d, c, lang));
        aligns.push(Align::Right);
    }
    header.push(Cli::RealOutcome.get(lang).to_string());
    aligns.push(Align::Left);
    header.push(Cli::Notes.get(lang).to_string());
    aligns.push(Align::Left);
    let rows: Vec<Vec<String>> = ranking
        .rows
        .iter()
        .map(|r| {
            let id = d.teams.get(r.team).map_or("", |t| t.id.as_str());
            let dash = || "–".to_string();
            let mut row = vec![
                r.rank.map_or_else(dash, |n| n.to_string()),
                team_name(d, r.team, lang),
                r.score.map_or_else(dash, score),
            ];
            // A team without a score shows no partial contributions either.
            row.extend(
                r.contributions.iter().map(|c| if r.score.is_some() { score(*c) } else { dash() }),
            );
            let outcome = match is_selected(s.round.as_ref(), id) {
                Some(true) => Cli::Selected,
                Some(false) => Cli::NotSelected,
                None => Cli::NoOutcome,
            };
            row.push(outcome.get(lang).to_string());
            row.push(if r.is_gated() {
                gate_text(d, &matrix, &s.gates, r.team, lang)
            } else if r.missing.is_empty() {
                String::new()
            } else {
                missing_text(d, &r.missing, lang)
            });
            row
        })
        .collect();
    let mut out = preamble(s, lang);
    if ranking.no_weights() {
        out.push_str(&format!("{} {}\n", Ui::AllZero.get(lang), Cli::AllShareFirst.get(lang)));
    }
    out.push('\n');
    let label =
        s.round.as_ref().map_or(String::new(), |r| terminal_safe(r.label.get(lang)).into_owned());
    let caption = words::cut_caption(lang, s.size, &label);
    // The line is drawn below the teams kept (a requirement may keep fewer than planned).
    out.push_str(&table(&header, &aligns, &rows, Some((cmp.above.len(), caption))));
    out.push('\n');
    if !cmp.gated_above.is_empty() {
        out.push_str(&words::places_lost(lang, &team_names(d, &cmp.gated_above, lang)));
        out.push('\n');
    }
    match (&cmp.would_get_in, &cmp.would_drop_out) {
        (Some(get_in), Some(drop_out)) => {
            let (ins, outs) = (team_names(d, get_in, lang), team_names(d, drop_out, lang));
            out.push_str(&words::get_in_drop_out(lang, &ins, &outs));
        }
        _ => out.push_str(Cli::OutcomeUnknown.get(lang)),
    }
    out.push('\n');
    if cmp.tie_at_line {
        out.push_str(Cli::TieAtLine.get(lang));
        out.push('\n');
    }
    out
}

fn ids(d: &Dataset, teams: &[usize]) -> Vec<String> {
    teams.iter().filter_map(|&t| d.teams.get(t)).map(|t| t.id.clone()).collect()
}

fn by_criterion(d: &Dataset, values: &[f64]) -> Value {
    let map: serde_json::Map<String, Value> =
        d.criteria.iter().zip(values).map(|(c, v)| (c.id.clone(), json!(v))).collect();
    Value::Object(map)
}

/// The `rank --json` document (raw numbers, the texts in `lang`).
pub fn rank_json(s: &Setup, ranking: &Ranking, cmp: &CutComparison, lang: Lang) -> Value {
    let d = &s.dataset;
    let rows: Vec<Value> = ranking
        .rows
        .iter()
        .map(|r| {
            let id = d.teams.get(r.team).map_or("", |t| t.id.as_str());
            json!({
                "rank": r.rank,
                "team": id,
                "name": d.teams.get(r.team).map_or("", |t| t.name.get(lang)),
                "score": r.score,
                "contributions": by_criterion(d, &r.contributions),
                "complete": r.is_complete(),
                "missing": r.missing.iter().filter_map(|&c| d.criteria.get(c)).map(|c| c.id.clone()).collect::<Vec<_>>(),
                "below_gates": r.below_gates.iter().filter_map(|&c| d.criteria.get(c)).map(|c| c.id.clone()).collect::<Vec<_>>(),
                "above_cut": cmp.above.contains(&r.team),
                "selected": is_selected(s.round.as_ref(), id),
            })
        })
        .collect();
    json!({
        "lang": lang.code(),
        "disclaimer": d.disclaimer.get(lang),
        "weights": by_criterion(d, s.weights.raw()),
        "shares": ranking.shares.as_ref().map(|sh| by_criterion(d, sh)),
        "cut": {
            "id": s.round.as_ref().map(|r| r.id.clone()),
            "size": s.size,
            "label": s.round.as_ref().map_or("", |r| r.label.get(lang)),
        },
        "round": s.round.as_ref().map(|r| json!({
            "id": r.id,
            "date": r.date,
            "label": r.label.get(lang),
            "actual": r.actual,
            "pending": r.pending_note.as_ref().map(|n| n.get(lang)),
        })),
        "gates": d.criteria.iter().zip(s.gates.minimums()).filter_map(|(c, g)| g.map(|v| (c.id.clone(), json!(v)))).collect::<serde_json::Map<_, _>>(),
        "gated_above": ids(d, &cmp.gated_above),
        "rows": rows,
        "would_get_in": cmp.would_get_in.as_ref().map(|t| ids(d, t)),
        "would_drop_out": cmp.would_drop_out.as_ref().map(|t| ids(d, t)),
        "tie_at_line": cmp.tie_at_line,
    })
}

// ---- explain ---------------------------------------------------------------------------

/// A band as text; `leader`: the band of first place (whose edges change the leader, not who
/// is above the line).
fn range_text(d: &Dataset, r: &ShareRange, leader: bool, lang: Lang) -> String {
    let mut s = format!("{}–{}", percent(lang, r.lo.share), percent(lang, r.hi.share));
    let mut beyond = Vec::new();
    for (edge, below) in [(&r.lo, true), (&r.hi, false)] {
        if let Some(t) = edge.takeover {
            let who = team_name(d, t, lang);
            let out = edge.displaced.map(|x| team_name(d, x, lang));
            // An exclusive edge changes the state *at* the share itself (0 % or 100 %).
            let place = words::edge_place(lang, &percent(lang, edge.share), edge.inclusive, below);
            let change = if leader { words::leader_change } else { words::edge_change };
            beyond.push(change(lang, &place, &who, out.as_deref()));
        }
    }
    if !beyond.is_empty() {
        s.push_str(&format!(" ({})", beyond.join("; ")));
    }
    s
}

fn reach_text(d: &Dataset, r: &Reach, lang: Lang) -> String {
    match r {
        Reach::Already => Cli::AlreadyThere.get(lang).to_string(),
        Reach::Possible { distance, shares } => {
            let spread: Vec<String> = shares
                .iter()
                .enumerate()
                .map(|(c, s)| format!("{} {}", criterion_label(d, c, lang), percent(lang, *s)))
                .collect();
            words::reach_possible(lang, &tenths(distance / 2.0 * 100.0), &spread.join(" · "))
        }
        Reach::Impossible { blockers } if blockers.is_empty() => {
            words::reach_impossible(lang, None)
        }
        Reach::Impossible { blockers } => {
            words::reach_impossible(lang, Some(&team_names(d, blockers, lang)))
        }
    }
}

fn reach_json(d: &Dataset, r: &Reach) -> Value {
    match r {
        Reach::Already => json!({ "status": "already" }),
        Reach::Possible { distance, shares } => json!({
            "status": "possible",
            "distance": distance,
            "shares": by_criterion(d, shares),
        }),
        Reach::Impossible { blockers } => {
            json!({ "status": "impossible", "blockers": ids(d, blockers) })
        }
    }
}

fn top_share(a: &Acceptability, team: usize, cut: usize) -> f64 {
    a.rank_share.get(team).map_or(0.0, |row| row.iter().take(cut).sum())
}

/// The three sections of `explain`: stability, what it takes, rank acceptability.
pub fn explain_text(s: &Setup, e: &Explanation, left_out: &[String], lang: Lang) -> String {
    let d = &s.dataset;
    let cut = s.size;
    let mut out = preamble(s, lang);
    if !left_out.is_empty() {
        out.push_str(&words::left_out_line(lang, left_out));
        out.push('\n');
    }
    out.push('\n');
    if e.intervals.is_empty() {
        out.push_str(Ui::AllZero.get(lang));
        out.push('\n');
    } else {
        out.push_str(Cli::StabilityH.get(lang));
        out.push('\n');
        for iv in &e.intervals {
            let cut_range = range_text(d, &iv.cut_range, false, lang);
            out.push_str("  ");
            out.push_str(&words::stability_line(
                lang,
                &criterion_label(d, iv.criterion, lang),
                &percent(lang, iv.share),
                &team_name(d, iv.leader, lang),
                &range_text(d, &iv.leader_range, true, lang),
                Some((iv.cut, cut_range.as_str())),
            ));
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(Cli::WhatItTakesH.get(lang));
    out.push('\n');
    for w in &e.takes {
        let to_cut = reach_text(d, &w.cut, lang);
        out.push_str("  ");
        out.push_str(&words::takes_line(
            lang,
            &team_name(d, w.team, lang),
            &reach_text(d, &w.first, lang),
            Some((w.cut_size, to_cut.as_str())),
        ));
        if !w.exact {
            out.push_str(Cli::Approximate.get(lang));
        }
        out.push('\n');
    }
    out.push('\n');
    let a = &e.accept;
    out.push_str(&words::acceptability_heading(
        lang,
        a.samples,
        a.seed,
        &tenths(a.std_error * 100.0),
    ));
    out.push('\n');
    for w in &e.takes {
        let first = a.rank_share.get(w.team).and_then(|r| r.first()).copied().unwrap_or(0.0);
        let top = percent(lang, top_share(a, w.team, cut));
        out.push_str("  ");
        out.push_str(&words::acceptability_line(
            lang,
            &team_name(d, w.team, lang),
            &percent(lang, first),
            Some((cut, top.as_str())),
        ));
        out.push('\n');
    }
    out
}

fn range_json(d: &Dataset, r: &ShareRange) -> Value {
    let edge = |e: &Edge| {
        json!({
            "share": e.share,
            "inclusive": e.inclusive,
            "takeover": e.takeover.and_then(|t| d.teams.get(t)).map(|t| t.id.clone()),
            "displaced": e.displaced.and_then(|t| d.teams.get(t)).map(|t| t.id.clone()),
        })
    };
    json!({ "lo": edge(&r.lo), "hi": edge(&r.hi) })
}

/// The `explain --json` document.
pub fn explain_json(s: &Setup, e: &Explanation, left_out: &[String], lang: Lang) -> Value {
    let d = &s.dataset;
    let id = |t: usize| d.teams.get(t).map_or(String::new(), |t| t.id.clone());
    let crit = |c: usize| d.criteria.get(c).map_or(String::new(), |c| c.id.clone());
    json!({
        "lang": lang.code(),
        "disclaimer": d.disclaimer.get(lang),
        "weights": by_criterion(d, s.weights.raw()),
        "cut": s.size,
        "round": s.round.as_ref().map(|r| r.id.clone()),
        "left_out": left_out,
        "stability": e.intervals.iter().map(|iv| json!({
            "criterion": crit(iv.criterion),
            "share": iv.share,
            "leader": id(iv.leader),
            "leader_range": range_json(d, &iv.leader_range),
            "top": ids(d, &iv.top),
            "cut_range": range_json(d, &iv.cut_range),
            "rest_fallback": iv.rest_fallback,
        })).collect::<Vec<_>>(),
        "what_it_takes": e.takes.iter().map(|w| json!({
            "team": id(w.team),
            "first": reach_json(d, &w.first),
            "cut": reach_json(d, &w.cut),
            "cut_size": w.cut_size,
            "exact": w.exact,
        })).collect::<Vec<_>>(),
        "acceptability": {
            "samples": e.accept.samples,
            "seed": e.accept.seed,
            "std_error": e.accept.std_error,
            "rank_share": e.accept.rank_share.iter().enumerate()
                .map(|(t, row)| (id(t), json!(row)))
                .collect::<serde_json::Map<String, Value>>(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_takes_two_columns() {
        assert_eq!(display_width("KT"), 2);
        assert_eq!(display_width("카카오"), 6);
        assert_eq!(pad("팀", 4, Align::Left), "팀  ");
    }
}
