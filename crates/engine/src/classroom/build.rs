//! A parsed [`Table`] plus one [`CriterionScale`] per column → a classroom [`Dataset`]
//! ([`build`]); switching a column's scaling later ([`rescale`]); and the dataset written back
//! as a table ([`to_tsv`]).
//!
//! What a classroom dataset holds ([`Mode::Classroom`]): the items' names (the same string in
//! Korean and English, as the teacher wrote it), one criterion per column (label = header,
//! with its [`CriterionScale`]), and per item and criterion the raw value ([`Score::raw`]) and
//! its 0–10 value ([`Score::value`]). No rationales, citations, presets, rounds or
//! disclaimer. Ids are derived from names: lowercase ASCII letters and digits with `-`
//! between words (`New York` → `new-york`); by position (`item-3`, `c2`) for a name with a
//! letter outside ASCII (`서울`, `São Paulo`) or none; `-2`, `-3`… when two names give the
//! same id.

use std::collections::{BTreeMap, HashSet};

use super::problem::TableProblem;
use super::scale::{CriterionScale, scale};
use super::table::Table;
use crate::model::{Criterion, Dataset, Mode, Score, Team};
use crate::text::{Text, neutralise_bidi};

/// The title of a dataset built from a table (the teacher can rename it).
pub const DEFAULT_TITLE: (&str, &str) = ("내 데이터로 만든 순위", "A ranking of my own data");

/// Longest id made from a name, leaving room for a `-200` suffix within
/// [`crate::validate::MAX_ID_LEN`].
const MAX_SLUG: usize = 32;

/// `New York` → `new-york`; empty when the name has no ASCII letter or digit, or has a letter
/// or digit outside ASCII (`서울`, `만족도(10점)` → `10` would say nothing, `São Paulo` →
/// `s-o-paulo` mangles it: such names get an id by position).
fn slug(name: &str) -> String {
    if name.chars().any(|c| c.is_alphanumeric() && !c.is_ascii()) {
        return String::new();
    }
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if out.len() >= MAX_SLUG {
                break;
            }
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// One unique URL-safe id per name (see the module doc); `fallback(i)` for a name with no
/// ASCII letter or digit at position `i` (0-based).
fn unique_ids<'a>(
    names: impl Iterator<Item = &'a str>,
    fallback: impl Fn(usize) -> String,
) -> Vec<String> {
    let mut used = HashSet::new();
    names
        .enumerate()
        .map(|(i, name)| {
            let base = Some(slug(name)).filter(|s| !s.is_empty()).unwrap_or_else(|| fallback(i));
            let mut id = base.clone();
            let mut n = 2;
            while used.contains(&id) {
                id = format!("{base}-{n}");
                n += 1;
            }
            used.insert(id.clone());
            id
        })
        .collect()
}

/// Scales column `c` (0-based) of `values` (one per item, with the row each sits on), or the
/// problems naming every cell that cannot be scaled.
fn scaled(
    values: &[Option<f64>],
    rows: &[usize],
    c: usize,
    header: &str,
    s: &CriterionScale,
) -> Result<Vec<Option<f64>>, Vec<TableProblem>> {
    scale(values, s.direction, s.scaling).map_err(|bad| {
        bad.into_iter()
            .map(|i| TableProblem::OutOfScale {
                row: rows.get(i).copied().unwrap_or(i + 2),
                column: c + 2,
                header: header.to_string(),
                value: values.get(i).copied().flatten().unwrap_or(f64::NAN),
            })
            .collect()
    })
}

/// A unit as shown: one line, no control characters, at most 20 characters.
fn clean_unit(unit: &str) -> String {
    let one_line: String = unit.split_whitespace().collect::<Vec<_>>().join(" ");
    neutralise_bidi(&one_line, false).chars().take(20).collect::<String>().trim().to_string()
}

/// A classroom dataset from a parsed table and one [`CriterionScale`] per criterion (in column
/// order; [`super::suggest`] gives a starting one). `Err` lists every cell that cannot be
/// scaled (a raw column outside 0–10), naming its row and column.
///
/// The dataset has passed [`crate::validate::check`] (texts neutralised), so it ranks as is.
///
/// # Examples
/// ```
/// use kai_engine::classroom::{CriterionScale, Direction, Scaling, build, parse_table};
/// use kai_engine::rank::{Weights, rank};
/// let t = parse_table("city\tprice\trating\nA\t2\t8\nB\t4\t9").unwrap();
/// let price = CriterionScale { direction: Direction::LowerIsBetter, ..Default::default() };
/// let rating = CriterionScale { scaling: Scaling::Raw, ..Default::default() };
/// let d = build(&t, &[price, rating]).unwrap();
/// // A: 10 and 8, B: 0 and 9 → with equal weights A (9) before B (4.5).
/// let r = rank(&d, &Weights::equal(2));
/// assert_eq!(d.teams[r.rows[0].team].id, "a");
/// ```
pub fn build(table: &Table, scales: &[CriterionScale]) -> Result<Dataset, Vec<TableProblem>> {
    let k = table.criteria.len();
    if scales.len() != k {
        return Err(vec![TableProblem::SettingsCount { expected: k, given: scales.len() }]);
    }
    let rows: Vec<usize> = table.items.iter().map(|i| i.row).collect();
    let mut problems = Vec::new();
    let mut columns = Vec::with_capacity(k);
    for (c, (header, s)) in table.criteria.iter().zip(scales).enumerate() {
        match scaled(&table.column(c), &rows, c, header, s) {
            Ok(col) => columns.push(col),
            Err(mut p) => {
                problems.append(&mut p);
                columns.push(Vec::new());
            }
        }
    }
    if !problems.is_empty() {
        // Row order, as a reader scans the table.
        problems.sort_by_key(|p| p.cell());
        return Err(problems);
    }
    let criterion_ids =
        unique_ids(table.criteria.iter().map(String::as_str), |i| format!("c{}", i + 1));
    let team_ids =
        unique_ids(table.items.iter().map(|i| i.name.as_str()), |i| format!("item-{}", i + 1));
    let criteria = table
        .criteria
        .iter()
        .zip(&criterion_ids)
        .zip(scales)
        .map(|((label, id), s)| Criterion {
            id: id.clone(),
            label: Text::new(label, label),
            scale: Some(CriterionScale { unit: clean_unit(&s.unit), ..s.clone() }),
            ..Default::default()
        })
        .collect();
    let teams = table
        .items
        .iter()
        .zip(team_ids)
        .enumerate()
        .map(|(t, (item, id))| {
            let scores: BTreeMap<String, Score> = criterion_ids
                .iter()
                .enumerate()
                .map(|(c, cid)| {
                    let raw = item.values.get(c).copied().flatten();
                    let value = columns.get(c).and_then(|col| col.get(t)).copied().flatten();
                    (cid.clone(), Score { value, raw, ..Default::default() })
                })
                .collect();
            Team { id, name: Text::new(&item.name, &item.name), scores, ..Default::default() }
        })
        .collect();
    let item_label = Some(&table.name_header)
        .filter(|h| !h.is_empty())
        .map(|h| Text::new(h.as_str(), h.as_str()));
    let dataset = Dataset {
        mode: Mode::Classroom,
        item_label,
        title: Text::new(DEFAULT_TITLE.0, DEFAULT_TITLE.1),
        criteria,
        teams,
        ..Default::default()
    };
    crate::validate::check(dataset)
        .map_err(|ps| ps.into_iter().map(|problem| TableProblem::Invalid { problem }).collect())
}

/// The raw values of criterion `c`, one per team: [`Score::raw`], or for a criterion with no
/// [`Criterion::scale`] (0–10 judgements) the values themselves.
fn raw_column(dataset: &Dataset, c: usize) -> Vec<Option<f64>> {
    let Some(criterion) = dataset.criteria.get(c) else { return Vec::new() };
    dataset
        .teams
        .iter()
        .map(|t| {
            t.scores
                .get(&criterion.id)
                .and_then(|s| if criterion.scale.is_some() { s.raw } else { s.raw.or(s.value) })
        })
        .collect()
}

/// Puts criterion `c` (0-based) of a dataset on 0–10 again with `settings` (the normalisation
/// switch): the raw values are kept, the values recomputed. On `Err` nothing changes; rows and
/// columns are those of [`to_tsv`]'s table (team *i* on row *i* + 2).
pub fn rescale(
    dataset: &mut Dataset,
    c: usize,
    settings: CriterionScale,
) -> Result<(), Vec<TableProblem>> {
    let Some(criterion) = dataset.criteria.get(c) else {
        return Err(vec![TableProblem::NoSuchColumn { column: c + 2 }]);
    };
    let (id, header) = (criterion.id.clone(), criterion.label.ko.clone());
    let raw = raw_column(dataset, c);
    let rows: Vec<usize> = (0..raw.len()).map(|t| t + 2).collect();
    let values = scaled(&raw, &rows, c, &header, &settings)?;
    for ((team, raw), value) in dataset.teams.iter_mut().zip(raw).zip(values) {
        let score = team.scores.entry(id.clone()).or_default();
        score.raw = raw;
        score.value = value;
    }
    if let Some(criterion) = dataset.criteria.get_mut(c) {
        criterion.scale = Some(CriterionScale { unit: clean_unit(&settings.unit), ..settings });
    }
    Ok(())
}

/// A cell as a TSV writes it: quoted (quotes doubled) when it holds a tab, a line break or a
/// quote, or starts with one.
pub(crate) fn tsv_cell(s: &str) -> String {
    if s.contains(['\t', '\n', '\r', '"']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The dataset as the table a teacher would paste (Korean labels, raw values, empty cells for
/// missing ones; the 0–10 values for criteria without a scale): [`super::parse_table`]
/// reads it back to the same names and numbers. For the paste box and the grid editor, not a
/// spreadsheet export (that is [`crate::export`], which also defuses formulas).
pub fn to_tsv(dataset: &Dataset) -> String {
    let mut out = String::new();
    let header = std::iter::once(dataset.item_label.as_ref().map_or("", |t| t.ko.as_str()))
        .chain(dataset.criteria.iter().map(|c| c.label.ko.as_str()))
        .map(tsv_cell)
        .collect::<Vec<_>>()
        .join("\t");
    out.push_str(&header);
    out.push('\n');
    let columns: Vec<Vec<Option<f64>>> =
        (0..dataset.criteria.len()).map(|c| raw_column(dataset, c)).collect();
    for (t, team) in dataset.teams.iter().enumerate() {
        out.push_str(&tsv_cell(&team.name.ko));
        for col in &columns {
            out.push('\t');
            if let Some(v) = col.get(t).copied().flatten() {
                out.push_str(&v.to_string());
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::table::{Delimiter, parse_number};
    use super::*;

    #[test]
    fn ids_from_names() {
        assert_eq!(slug("New York"), "new-york");
        assert_eq!(slug("  Rio de Janeiro!! "), "rio-de-janeiro");
        assert_eq!(slug("São Paulo"), "");
        assert_eq!(slug("만족도(10점)"), "");
        assert_eq!(slug("서울"), "");
        assert_eq!(slug(&"ab ".repeat(30)).len(), 32);
        let names = ["Seoul", "서울", "seoul", "item-2", "부산"];
        assert_eq!(
            unique_ids(names.into_iter(), |i| format!("item-{}", i + 1)),
            ["seoul", "item-2", "seoul-2", "item-2-2", "item-5"]
        );
    }

    /// [`to_tsv`]'s number format is one [`parse_number`] reads back exactly.
    #[test]
    fn numbers_print_as_they_parse() {
        for v in [0.1, -3.5, 1e15, 1e-300, 123_456.789, -0.0] {
            assert_eq!(parse_number(&v.to_string(), Delimiter::Tab), Ok(v + 0.0), "{v}");
        }
    }
}
