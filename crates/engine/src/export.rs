//! Exports of the ranking as files a reader takes away: CSV for spreadsheets and the drawing
//! of a PNG picture. Both carry their context (title, weights, round and cut line, outcome,
//! disclaimer, sources, data date, address), because a file travels without the article.
//!
//! Why in the engine: the export is words and numbers (headers in the reader's language, scores
//! formatted by [`crate::format`]), which must read as the widget reads and be tested natively;
//! the widget only paints the drawing operations of [`png_layout`] onto a canvas and hands the
//! text to the browser's download. Must not depend on any web crate.

use crate::format::{self, csv_field};
use crate::i18n::{self, Ex, Ui};
use crate::model::{Dataset, Round};
use crate::rank::{RankedTeam, Ranking, ScoreMatrix};
use crate::text::Lang;

/// Everything an export needs to explain itself, as the widget shows it now.
#[derive(Debug, Clone, Copy)]
pub struct ExportContext<'a> {
    /// The data ranked (names, criteria, sources, date, disclaimer).
    pub dataset: &'a Dataset,
    /// The scores ranked (what-if edits included).
    pub matrix: &'a ScoreMatrix,
    /// The ranking under the reader's weights.
    pub ranking: &'a Ranking,
    /// The round shown, if the data has rounds.
    pub round: Option<&'a Round>,
    /// Places above the cut line.
    pub cut: usize,
    /// Dataset indices of the teams above the line.
    pub above: &'a [usize],
    /// Requirement minimums per criterion (`None`: no requirement).
    pub gates: &'a [Option<f64>],
    /// Reader's language.
    pub lang: Lang,
    /// The page address the export was made from (empty when unknown).
    pub address: &'a str,
    /// The sliders' importances (0–[`crate::importance::MAX`]) per criterion, shown beside the
    /// shares they give; empty when the caller has none (only shares are shown then).
    pub importance: &'a [f64],
}

/// A score with two decimals ("7.88"): exports keep what the one-decimal display rounds away,
/// so a reader can see why two teams shown as 7.9 are ordered as they are.
fn hundredths(value: f64) -> String {
    let h = (value * 100.0).round() / 100.0;
    let h = if h == 0.0 { 0.0 } else { h };
    format!("{h:.2}")
}

impl ExportContext<'_> {
    fn label(&self, c: usize) -> &str {
        self.dataset.criteria.get(c).map(|c| c.label.get(self.lang)).unwrap_or("")
    }

    /// "성능 8/10 (비중 40%) · 자주성 6/10 (비중 30%) · …", the importance as the slider shows
    /// it and the share it gives (shares alone without importances; or the all-zero sentence).
    pub fn weights_line(&self) -> String {
        match &self.ranking.shares {
            Some(shares) => shares
                .iter()
                .enumerate()
                .map(|(c, s)| {
                    let share = format::percent(self.lang, *s);
                    match self.importance.get(c) {
                        Some(v) => format!(
                            "{} {} ({})",
                            self.label(c),
                            crate::importance::label(*v),
                            i18n::share_text(self.lang, &share)
                        ),
                        None => format!("{} {share}", self.label(c)),
                    }
                })
                .collect::<Vec<_>>()
                .join(" · "),
            None => Ui::AllZero.get(self.lang).to_string(),
        }
    }

    /// "자주성 ≥ 5" per requirement, joined; empty when there are none.
    pub fn requirements_line(&self) -> String {
        self.gates
            .iter()
            .enumerate()
            .filter_map(|(c, m)| m.map(|m| format!("{} ≥ {}", self.label(c), format::weight(m))))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// "1차 단계평가 (2026-01-15) · 5팀 → 3팀 (계획 4팀)", or empty without rounds.
    pub fn round_line(&self) -> String {
        let Some(r) = self.round else { return String::new() };
        let kept = r.actual.as_ref().map(Vec::len);
        let label = r.label.get(self.lang);
        // Round labels usually carry their date already ("1차 단계평가 (2026-01-15)"): once.
        let date = if label.contains(&r.date) { String::new() } else { format!(" {}", r.date) };
        format!(
            "{label}{date} · {}",
            i18n::round_counts(self.lang, r.participants.len(), r.size, kept)
        )
    }

    /// The sources, short: outlets in order, each once.
    pub fn sources_line(&self) -> String {
        let mut outlets: Vec<&str> = Vec::new();
        for s in &self.dataset.sources {
            let o = s.outlet.get(self.lang);
            if !o.is_empty() && !outlets.contains(&o) {
                outlets.push(o);
            }
        }
        outlets.join(", ")
    }

    /// The real outcome of the round for a team: selected, not selected, pending, or nothing
    /// when the team was not in the round (or there are no rounds).
    pub fn outcome(&self, team: usize) -> Option<String> {
        let r = self.round?;
        let id = &self.dataset.teams.get(team)?.id;
        if !r.participants.contains(id) {
            return None;
        }
        Some(match &r.actual {
            Some(ids) => i18n::outcome_badge(self.lang, ids.contains(id), None),
            None => Ui::Pending.get(self.lang).to_string(),
        })
    }

    /// Why a row has no rank or is out: missing scores, or the requirement it fails.
    pub fn flags(&self, row: &RankedTeam) -> (String, String) {
        let missing: Vec<&str> = row.missing.iter().map(|&c| self.label(c)).collect();
        let missing = if missing.is_empty() { String::new() } else { missing.join("·") };
        let failed: Vec<(&str, f64, f64)> = row
            .below_gates
            .iter()
            .filter_map(|&c| {
                Some((self.label(c), self.matrix.get(row.team, c)?, self.gates.get(c).copied()??))
            })
            .collect();
        let gate = if failed.is_empty() {
            if self.gates.iter().any(Option::is_some) {
                Ex::CsvPassed.get(self.lang).to_string()
            } else {
                String::new()
            }
        } else {
            i18n::gate_flag(self.lang, &failed)
        };
        (missing, gate)
    }
}

/// The ranking as CSV text (RFC 4180, `\r\n` line ends, no byte-order mark: the download adds
/// one so spreadsheet programs keep Korean names). First a header block of `key,value` rows
/// (title, disclaimer, data date, round, one row per weight, requirements, sources, address),
/// an empty line, then one row per team: rank, id, name, weighted score (two decimals), each
/// criterion's score, each criterion's contribution (share × score), missing scores,
/// requirement result, above the cut line, real outcome. Missing values are empty cells, never
/// 0. Every text cell goes through [`format::csv_field`], so a pasted dataset cannot smuggle a
/// spreadsheet formula in.
pub fn report_csv(ctx: &ExportContext) -> String {
    let lang = ctx.lang;
    let d = ctx.dataset;
    let mut out = String::new();
    let row = |out: &mut String, cells: &[String]| {
        out.push_str(&cells.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
    let key = |e: Ex| e.get(lang).to_string();
    row(&mut out, &[key(Ex::CsvTitle), d.title.get(lang).to_string()]);
    row(&mut out, &[key(Ex::CsvDisclaimer), d.disclaimer.get(lang).to_string()]);
    row(&mut out, &[key(Ex::CsvAsOf), d.as_of.clone()]);
    if ctx.round.is_some() {
        row(&mut out, &[key(Ex::CsvRound), ctx.round_line()]);
    }
    row(
        &mut out,
        &[key(Ex::CsvCut), i18n::cut_label_for(lang, ctx.cut, i18n::Rows::of(ctx.dataset))],
    );
    for (c, v) in ctx.importance.iter().enumerate() {
        let k = format!("{}: {}", key(Ex::CsvImportance), ctx.label(c));
        row(&mut out, &[k, crate::importance::number(*v)]);
    }
    match &ctx.ranking.shares {
        Some(shares) => {
            for (c, s) in shares.iter().enumerate() {
                row(
                    &mut out,
                    &[
                        format!("{}: {}", key(Ex::CsvWeight), ctx.label(c)),
                        // A plain number (percent, one decimal at most) a spreadsheet can sum.
                        format::weight((s * 1000.0).round() / 10.0),
                    ],
                );
            }
        }
        None => row(&mut out, &[key(Ex::CsvWeight), Ui::AllZero.get(lang).to_string()]),
    }
    let req = ctx.requirements_line();
    row(&mut out, &[key(Ex::CsvRequirements), if req.is_empty() { key(Ex::CsvNone) } else { req }]);
    row(&mut out, &[key(Ex::CsvSources), ctx.sources_line()]);
    if !ctx.address.is_empty() {
        row(&mut out, &[key(Ex::CsvAddress), ctx.address.to_string()]);
    }
    out.push_str("\r\n");

    let k = d.criteria.len();
    let mut header = vec![key(Ex::CsvRank), key(Ex::CsvId), key(Ex::CsvTeam), key(Ex::CsvScore)];
    header.extend((0..k).map(|c| ctx.label(c).to_string()));
    header.extend((0..k).map(|c| i18n::csv_contribution(lang, ctx.label(c))));
    header.extend([Ex::CsvMissing, Ex::CsvRequirement, Ex::CsvAboveCut, Ex::CsvOutcome].map(key));
    let mut lines = vec![header];
    for r in &ctx.ranking.rows {
        let Some(team) = d.teams.get(r.team) else { continue };
        let mut cells = vec![
            // No rank and no score for a team that is not rankable: an empty cell, never 0.
            r.rank.map(|r| r.to_string()).unwrap_or_default(),
            team.id.clone(),
            team.name.get(lang).to_string(),
            r.score.map(hundredths).unwrap_or_default(),
        ];
        cells.extend(
            (0..k).map(|c| ctx.matrix.get(r.team, c).map(format::weight).unwrap_or_default()),
        );
        cells.extend((0..k).map(|c| match (r.score, r.contributions.get(c)) {
            (Some(_), Some(v)) if !r.missing.contains(&c) => hundredths(*v),
            _ => String::new(),
        }));
        let (missing, gate) = ctx.flags(r);
        let above = if r.score.is_none() {
            String::new()
        } else if ctx.above.contains(&r.team) {
            key(Ex::CsvYes)
        } else {
            key(Ex::CsvNo)
        };
        cells.extend([missing, gate, above, ctx.outcome(r.team).unwrap_or_default()]);
        lines.push(cells);
    }
    for l in &lines {
        row(&mut out, l);
    }
    out
}

/// A colour role in the exported picture; the painter maps it to a colour (light theme, the
/// stylesheet's palette), so the picture reads the same whatever theme the page had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// The page behind everything.
    Background,
    /// Body text.
    Text,
    /// Secondary text (notes, sources).
    Muted,
    /// A score bar.
    Bar,
    /// The bar's track.
    Track,
    /// The cut line.
    Cut,
    /// Outcome "selected" badge text.
    In,
    /// Outcome "not selected" badge text.
    Out,
}

/// How a text run is aligned on its `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `x` is the left edge.
    Start,
    /// `x` is the right edge.
    End,
}

/// One drawing operation, in CSS pixels of the logical width (the painter scales ×2).
#[derive(Debug, Clone, PartialEq)]
pub enum DrawOp {
    /// A filled rectangle.
    Rect {
        /// Left.
        x: f64,
        /// Top.
        y: f64,
        /// Width.
        w: f64,
        /// Height.
        h: f64,
        /// Colour role.
        ink: Ink,
    },
    /// A horizontal line, dashed when `dashed`.
    Line {
        /// Left end.
        x1: f64,
        /// Right end.
        x2: f64,
        /// Height.
        y: f64,
        /// Colour role.
        ink: Ink,
        /// Dashed (the cut line) or solid.
        dashed: bool,
    },
    /// One line of text on its baseline `y`, never wider than `max_width` (the painter
    /// passes it to `fillText`, which narrows a run that would overflow).
    Text {
        /// Anchor, see `align`.
        x: f64,
        /// Baseline.
        y: f64,
        /// The text, one line.
        text: String,
        /// Font size in px.
        size: f64,
        /// Bold or regular.
        bold: bool,
        /// Colour role.
        ink: Ink,
        /// Where `x` is.
        align: Align,
        /// The widest the run may be.
        max_width: f64,
    },
}

/// A picture as drawing operations, `width` × `height` CSS px.
#[derive(Debug, Clone, PartialEq)]
pub struct PngLayout {
    /// Logical width (the file is twice as wide).
    pub width: f64,
    /// Logical height.
    pub height: f64,
    /// Operations in painting order.
    pub ops: Vec<DrawOp>,
}

impl PngLayout {
    /// Every text run, in order (for tests and for a text alternative).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.ops.iter().filter_map(|op| match op {
            DrawOp::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// Logical width of the default picture (1600 px file) and of the phone one (1080 px file).
pub const PNG_WIDE: f64 = 800.0;
/// See [`PNG_WIDE`].
pub const PNG_PHONE: f64 = 540.0;

/// Approximate advance of `text` at `size` px in a system sans-serif: Hangul and other wide
/// glyphs one em, narrow Latin ~0.55 em. Used to wrap lines before painting; deliberately
/// generous so wrapped lines fit in real fonts.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                if c.is_ascii_uppercase() || c == 'm' || c == 'w' { 0.68 } else { 0.56 }
            } else if ('\u{1100}'..='\u{11FF}').contains(&c)
                || ('\u{3000}'..='\u{9FFF}').contains(&c)
                || ('\u{AC00}'..='\u{D7AF}').contains(&c)
            {
                1.0
            } else {
                0.7
            }
        })
        .sum::<f64>()
        * size
}

/// The largest font size from `size` down to `min` at which `text` fits in `max` (a long
/// team name is set smaller rather than cut: the name is the row's point).
pub fn fit_size(text: &str, size: f64, min: f64, max: f64) -> f64 {
    let w = text_width(text, size);
    if w <= max { size } else { (size * max / w).floor().max(min) }
}

/// Splits `text` into lines no wider than `max` at `size` px, at spaces where possible.
pub fn wrap(text: &str, size: f64, max: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if text_width(&candidate, size) <= max || line.is_empty() && text_width(word, size) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // A word wider than a line is cut by characters.
        for c in word.chars() {
            let next = format!("{line}{c}");
            if text_width(&next, size) > max && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line.push(c);
            } else {
                line = next;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The picture of the ranking with its context: title, disclaimer, round, weights,
/// requirements, the rows (rank, name, bar, score, outcome, flags) with the cut line, then
/// sources, data date and address. `width` is [`PNG_WIDE`] or [`PNG_PHONE`] (any width from
/// 320 works); the height follows the content.
pub fn png_layout(ctx: &ExportContext, width: f64) -> PngLayout {
    let width = width.max(320.0);
    let lang = ctx.lang;
    let d = ctx.dataset;
    let pad = 24.0;
    let inner = width - 2.0 * pad;
    let mut ops = Vec::new();
    let mut y = pad;
    let para = |ops: &mut Vec<DrawOp>, y: &mut f64, text: &str, size: f64, bold: bool, ink| {
        for line in wrap(text, size, inner) {
            *y += size * 1.35;
            ops.push(DrawOp::Text {
                x: pad,
                y: *y,
                text: line,
                size,
                bold,
                ink,
                align: Align::Start,
                max_width: inner,
            });
        }
    };
    para(&mut ops, &mut y, d.title.get(lang), 22.0, true, Ink::Text);
    para(&mut ops, &mut y, d.disclaimer.get(lang), 13.0, false, Ink::Muted);
    y += 6.0;
    let round = ctx.round_line();
    if !round.is_empty() {
        para(&mut ops, &mut y, &round, 14.0, true, Ink::Text);
    }
    para(
        &mut ops,
        &mut y,
        &format!("{}: {}", Ui::Weights.get(lang), ctx.weights_line()),
        14.0,
        false,
        Ink::Text,
    );
    let req = ctx.requirements_line();
    if !req.is_empty() {
        para(
            &mut ops,
            &mut y,
            &format!("{}: {req}", Ui::Requirements.get(lang)),
            14.0,
            false,
            Ink::Text,
        );
    }
    y += 12.0;

    // Rows: rank | name | bar | score | outcome; flags on a second line when any.
    let narrow = width < 640.0;
    let rank_w = 28.0;
    let name_w = if narrow { inner * 0.42 } else { inner * 0.34 };
    let score_w = 44.0;
    let badge_w = if narrow { 0.0 } else { 130.0 };
    let bar_x = pad + rank_w + name_w + 8.0;
    let bar_w = (inner - rank_w - name_w - 8.0 - score_w - badge_w - 8.0).max(40.0);
    let row_h = 26.0;
    let kept = ctx.above.len();
    for (pos, r) in ctx.ranking.rows.iter().enumerate() {
        let Some(team) = d.teams.get(r.team) else { continue };
        if pos == kept && pos > 0 && ctx.ranking.shares.is_some() && r.score.is_some() {
            y += 6.0;
            ops.push(DrawOp::Line { x1: pad, x2: width - pad, y, ink: Ink::Cut, dashed: true });
            y += 16.0;
            ops.push(DrawOp::Text {
                x: pad,
                y,
                text: i18n::cut_label_for(lang, ctx.cut, i18n::Rows::of(ctx.dataset)),
                size: 12.0,
                bold: true,
                ink: Ink::Cut,
                align: Align::Start,
                max_width: inner,
            });
            y += 6.0;
        }
        y += row_h;
        let row_y = y;
        let text = move |x, text: String, size, bold, ink, align, max_width| DrawOp::Text {
            x,
            y: row_y,
            text,
            size,
            bold,
            ink,
            align,
            max_width,
        };
        let rank = r.rank.map(|n| n.to_string()).unwrap_or_else(|| "–".into());
        ops.push(text(pad, rank, 15.0, true, Ink::Text, Align::Start, rank_w - 4.0));
        let name = team.name.get(lang);
        ops.push(text(
            pad + rank_w,
            name.to_string(),
            fit_size(name, 15.0, 11.0, name_w),
            false,
            Ink::Text,
            Align::Start,
            name_w,
        ));
        ops.push(DrawOp::Rect { x: bar_x, y: y - 13.0, w: bar_w, h: 14.0, ink: Ink::Track });
        if let Some(s) = r.score {
            let w = (s / crate::model::SCORE_MAX).clamp(0.0, 1.0) * bar_w;
            ops.push(DrawOp::Rect { x: bar_x, y: y - 13.0, w, h: 14.0, ink: Ink::Bar });
        }
        ops.push(text(
            bar_x + bar_w + score_w,
            r.score.map(format::score).unwrap_or_else(|| "–".into()),
            15.0,
            true,
            Ink::Text,
            Align::End,
            score_w - 4.0,
        ));
        // The real outcome: a badge on the right (a note below on a narrow picture); text and
        // mark, never colour alone.
        let mut notes = Vec::new();
        if let Some(o) = ctx.outcome(r.team) {
            let mark = match ctx.round.and_then(|r| r.actual.as_ref()) {
                Some(ids) if ids.contains(&team.id) => "✓ ",
                Some(_) => "✕ ",
                None => "",
            };
            let ink = if mark == "✓ " { Ink::In } else { Ink::Out };
            if narrow {
                notes.push((format!("{mark}{o}"), ink));
            } else {
                ops.push(text(
                    width - pad,
                    format!("{mark}{o}"),
                    13.0,
                    true,
                    ink,
                    Align::End,
                    badge_w,
                ));
            }
        }
        if !r.missing.is_empty() {
            let labels: Vec<&str> = r.missing.iter().map(|&c| ctx.label(c)).collect();
            notes.push((i18n::missing_flag(lang, &labels), Ink::Muted));
        } else if r.is_gated() {
            notes.push((ctx.flags(r).1, Ink::Muted));
        }
        for (note, ink) in notes {
            for line in wrap(&note, 12.0, inner - rank_w) {
                y += 17.0;
                ops.push(DrawOp::Text {
                    x: pad + rank_w,
                    y,
                    text: line,
                    size: 12.0,
                    bold: false,
                    ink,
                    align: Align::Start,
                    max_width: inner - rank_w,
                });
            }
        }
    }
    y += 20.0;
    ops.push(DrawOp::Line { x1: pad, x2: width - pad, y, ink: Ink::Track, dashed: false });
    y += 4.0;
    let sources = format!("{}: {}", Ui::Sources.get(lang), ctx.sources_line());
    para(&mut ops, &mut y, &sources, 12.0, false, Ink::Muted);
    para(&mut ops, &mut y, &format!("{} {}", Ui::AsOf.get(lang), d.as_of), 12.0, false, Ink::Muted);
    if !ctx.address.is_empty() {
        para(&mut ops, &mut y, ctx.address, 12.0, false, Ink::Muted);
    }
    let height = (y + pad).ceil();
    ops.insert(0, DrawOp::Rect { x: 0.0, y: 0.0, w: width, h: height, ink: Ink::Background });
    PngLayout { width, height, ops }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Criterion, Team};
    use crate::rank::{Gates, Weights, rank_in};
    use crate::text::Text;

    fn text(ko: &str, en: &str) -> Text {
        Text { ko: ko.into(), en: en.into() }
    }

    /// Two criteria; three teams, one named like a spreadsheet formula and one missing a score.
    fn dataset() -> Dataset {
        let criteria = vec![
            Criterion { id: "speed".into(), label: text("속도", "Speed"), ..Default::default() },
            Criterion {
                id: "cost".into(),
                label: text("비용", "Cost, total"),
                ..Default::default()
            },
        ];
        let teams =
            [("a", "알파", "Alpha"), ("b", "베타", "=HYPERLINK(\"x\")"), ("c", "감마", "Gamma")]
                .iter()
                .map(|(id, ko, en)| Team {
                    id: id.to_string(),
                    name: text(ko, en),
                    ..Default::default()
                })
                .collect();
        Dataset {
            criteria,
            teams,
            title: text("제목", "Title"),
            disclaimer: text("예시입니다", "Illustrative"),
            as_of: "2026-02-20".into(),
            ..Default::default()
        }
    }

    fn matrix() -> ScoreMatrix {
        ScoreMatrix::from_rows(&[
            vec![Some(6.0), Some(8.0)],
            vec![Some(9.0), Some(7.25)],
            vec![Some(10.0), None],
        ])
    }

    #[test]
    fn the_csv_carries_its_context_then_one_row_per_team() {
        let d = dataset();
        let m = matrix();
        // Weights 3:1 → shares 75 %, 25 %. a: 0.75·6 + 0.25·8 = 6.5; b: 6.75 + 1.8125 =
        // 8.5625 → "8.56"; c: no cost score → no rank, no score.
        let r = rank_in(&m, &Weights::new(vec![3.0, 1.0]).unwrap(), &[0, 1, 2], &Gates::none(2));
        let gates = [None, None];
        let ctx = ExportContext {
            dataset: &d,
            matrix: &m,
            ranking: &r,
            round: None,
            cut: 1,
            above: &[1],
            gates: &gates,
            lang: Lang::En,
            address: "https://example.org/a?weights=3,1",
            importance: &[6.0, 2.0],
        };
        assert_eq!(
            report_csv(&ctx),
            "title,Title\r\n\
             disclaimer,Illustrative\r\n\
             data as of,2026-02-20\r\n\
             cut line,Selection line (top 1)\r\n\
             importance (0–10): Speed,6\r\n\
             \"importance (0–10): Cost, total\",2\r\n\
             weight (%): Speed,75\r\n\
             \"weight (%): Cost, total\",25\r\n\
             requirements,none\r\n\
             sources,\r\n\
             address,\"https://example.org/a?weights=3,1\"\r\n\
             \r\n\
             rank,id,team,score,Speed,\"Cost, total\",speed contribution,\"cost, total contribution\",missing scores,requirement,above the line,real outcome\r\n\
             1,b,\"'=HYPERLINK(\"\"x\"\")\",8.56,9,7.25,6.75,1.81,,,yes,\r\n\
             2,a,Alpha,6.50,6,8,4.50,2.00,,,no,\r\n\
             ,c,Gamma,,10,,,,\"Cost, total\",,,\r\n"
        );
    }

    /// A classroom dataset's export names its line as the ranking view does (items, not teams).
    #[test]
    fn a_classroom_export_says_cut_line() {
        let mut d = dataset();
        d.mode = crate::model::Mode::Classroom;
        let m = matrix();
        let r = rank_in(&m, &Weights::new(vec![3.0, 1.0]).unwrap(), &[0, 1, 2], &Gates::none(2));
        let gates = [None, None];
        let ctx = ExportContext {
            dataset: &d,
            matrix: &m,
            ranking: &r,
            round: None,
            cut: 1,
            above: &[1],
            gates: &gates,
            lang: Lang::Ko,
            address: "",
            importance: &[],
        };
        let csv = report_csv(&ctx);
        assert!(csv.contains(",기준선 (상위 1개)\r\n"), "{csv}");
        let p = png_layout(&ctx, PNG_WIDE);
        assert!(p.texts().any(|t| t == "기준선 (상위 1개)"));
    }

    #[test]
    fn the_picture_holds_title_weights_rows_cut_disclaimer_date_and_address_inside_its_frame() {
        let d = dataset();
        let m = matrix();
        let r = rank_in(&m, &Weights::new(vec![3.0, 1.0]).unwrap(), &[0, 1, 2], &Gates::none(2));
        let gates = [None, None];
        for (lang, width) in [(Lang::Ko, PNG_WIDE), (Lang::En, PNG_PHONE)] {
            let ctx = ExportContext {
                dataset: &d,
                matrix: &m,
                ranking: &r,
                round: None,
                cut: 1,
                above: &[1],
                gates: &gates,
                lang,
                address: "https://example.org/a",
                importance: &[],
            };
            let p = png_layout(&ctx, width);
            let all: Vec<&str> = p.texts().collect();
            let joined = all.join("\n");
            for needle in
                [d.title.get(lang), d.disclaimer.get(lang), "2026-02-20", "https://example.org/a"]
            {
                assert!(joined.contains(needle), "{needle} missing in {joined}");
            }
            for t in &d.teams {
                assert!(all.contains(&t.name.get(lang)), "{} missing", t.name.get(lang));
            }
            assert!(joined.contains(&i18n::cut_label(lang, 1)));
            assert!(joined.contains("75"), "weights missing: {joined}");
            assert_eq!(p.width, width);
            for op in &p.ops {
                match op {
                    DrawOp::Rect { x, y, w, h, .. } => {
                        assert!(*x >= 0.0 && *y >= 0.0 && x + w <= width && y + h <= p.height)
                    }
                    DrawOp::Line { x1, x2, y, .. } => {
                        assert!(*x1 >= 0.0 && *x2 <= width && *y <= p.height)
                    }
                    DrawOp::Text { x, y, max_width, align, text, size, .. } => {
                        let left = if *align == Align::End { x - max_width } else { *x };
                        assert!(left >= 0.0 && left + max_width <= width, "{text} outside");
                        assert!(*y <= p.height && *y > 0.0);
                        assert!(
                            text_width(text, *size) <= max_width * 1.4,
                            "{text} far wider than its room"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn long_lines_wrap_at_spaces_and_hangul_counts_wide() {
        assert_eq!(text_width("가나", 10.0), 20.0);
        assert_eq!(wrap("aa bb cc", 10.0, 13.0), vec!["aa", "bb", "cc"]);
        assert_eq!(wrap("aa bb cc", 10.0, 30.0), vec!["aa bb", "cc"]);
        assert_eq!(wrap("가나다라", 10.0, 25.0), vec!["가나", "다라"]);
    }

    #[cfg(feature = "json")]
    #[test]
    fn the_kai_csv_gives_stage_one_outcomes_and_the_independence_requirement() {
        use crate::round::gates_from_map;
        let d = crate::validate::parse_json(crate::KAI_2025_JSON).unwrap();
        let m = ScoreMatrix::new(&d);
        let round = d.rounds.iter().find(|r| r.actual.as_ref().is_some_and(|a| a.len() == 3));
        let round = round.expect("stage one kept three");
        let scope = crate::round::scope(&d, Some(round));
        let gates = Gates::none(4);
        let r = rank_in(&m, &Weights::equal(4), &scope, &gates);
        let above: Vec<usize> = r.ranked().iter().take(round.size).map(|t| t.team).collect();
        let ctx = ExportContext {
            dataset: &d,
            matrix: &m,
            ranking: &r,
            round: Some(round),
            cut: round.size,
            above: &above,
            gates: gates.minimums(),
            lang: Lang::Ko,
            address: "",
            importance: &[5.0; 4],
        };
        let csv = report_csv(&ctx);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0].split(',').next(), Some("제목"));
        let table = lines.iter().position(|l| l.is_empty()).unwrap() + 1;
        assert!(
            lines[table].starts_with(
                "순위,아이디,팀,점수,성능,자주성,산업 파급력,글로벌 확장성,성능 기여,"
            )
        );
        // LG: (9 + 7 + 8 + 7.5) / 4 = 7.875 → "7.88", first; kept in stage one.
        let lg = lines[table + 1];
        assert!(
            lg.starts_with("1,lg-ai,LG AI연구원 컨소시엄,7.88,9,7,8,7.5,2.25,1.75,2.00,1.88,"),
            "{lg}"
        );
        assert!(lg.ends_with(",예,선정"), "{lg}");
        let _ = gates_from_map;
    }
}
