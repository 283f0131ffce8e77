//! Weights as text: `40,30,20,10` (criterion order) or `performance=40,sovereignty=30,…`.
//!
//! Why a module of its own: the CLI (`--weights`), the widget (`?weights=` in shared URLs) and
//! presets all turn text or maps into [`Weights`], and must reject the same mistakes with the
//! same messages. Pure Rust, no web dependencies; never panics on any input.

use std::collections::BTreeMap;
use std::fmt;

use crate::model::{Dataset, Preset};
use crate::rank::{Weights, WeightsError};
use crate::text::Lang;

/// Why a weights string (or a preset) cannot become [`Weights`].
#[derive(Debug, Clone, PartialEq)]
pub enum WeightsParseError {
    /// Nothing given.
    Empty,
    /// An item between commas is blank (`40,,20,10`).
    EmptyItem {
        /// 1-based position of the item.
        position: usize,
    },
    /// An item is not a number.
    NotANumber {
        /// The item as written.
        item: String,
    },
    /// Plain numbers mixed with `id=value` pairs.
    MixedForms,
    /// Plain numbers, but not one per criterion.
    WrongCount {
        /// Criteria in the dataset.
        expected: usize,
        /// Numbers given.
        given: usize,
    },
    /// An `id=value` pair names no criterion.
    UnknownCriterion {
        /// The id as written.
        id: String,
        /// The ids that would work, in criterion order (so the message can list them).
        known: Vec<String>,
    },
    /// The same criterion given twice.
    DuplicateCriterion {
        /// The criterion id.
        id: String,
    },
    /// A weight below zero.
    Negative {
        /// The criterion id.
        criterion: String,
        /// The weight given.
        value: f64,
    },
    /// A weight that is NaN or infinite.
    NotFinite {
        /// The criterion id.
        criterion: String,
    },
}

impl WeightsParseError {
    /// The message in `lang`. Pinned by tests: treat wording changes as breaking.
    pub fn message(&self, lang: Lang) -> String {
        use WeightsParseError::*;
        let ko = lang == Lang::Ko;
        match self {
            Empty => if ko { "가중치가 없습니다" } else { "no weights given" }.to_string(),
            EmptyItem { position } => {
                if ko {
                    format!("{position}번째 항목이 비어 있습니다")
                } else {
                    format!("item {position} is empty")
                }
            }
            NotANumber { item } => {
                if ko {
                    format!("\"{}\"은(는) 숫자가 아닙니다", crate::text::echo(item))
                } else {
                    format!("\"{}\" is not a number", crate::text::echo(item))
                }
            }
            MixedForms => if ko {
                "숫자만 쓰는 형식과 id=값 형식을 섞어 쓸 수 없습니다"
            } else {
                "plain numbers and id=value pairs cannot be mixed"
            }
            .to_string(),
            WrongCount { expected, given } => {
                if ko {
                    format!("기준은 {expected}개인데 가중치가 {given}개입니다")
                } else {
                    format!("{given} weights given for {expected} criteria")
                }
            }
            UnknownCriterion { id, known } => {
                let (id, known) = (crate::text::echo(id), known.join(", "));
                if ko {
                    format!("\"{id}\"은(는) 없는 기준입니다 (가능: {known})")
                } else {
                    format!("\"{id}\" is not a criterion (known: {known})")
                }
            }
            DuplicateCriterion { id } => {
                let id = crate::text::echo(id);
                if ko {
                    format!("\"{id}\"의 가중치가 두 번 주어졌습니다")
                } else {
                    format!("\"{id}\" is given twice")
                }
            }
            Negative { criterion, value } => {
                if ko {
                    format!("{criterion}의 가중치 {value}은(는) 음수입니다. 0 이상이어야 합니다")
                } else {
                    format!("the weight of {criterion} is {value}; weights must be ≥ 0")
                }
            }
            NotFinite { criterion } => {
                if ko {
                    format!("{criterion}의 가중치가 유한한 수가 아닙니다")
                } else {
                    format!("the weight of {criterion} is not a finite number")
                }
            }
        }
    }
}

impl fmt::Display for WeightsParseError {
    /// English, like [`WeightsParseError::message`] with [`Lang::En`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for WeightsParseError {}

/// Checks one number for criterion `id`.
fn check_value(id: &str, value: f64) -> Result<f64, WeightsParseError> {
    if !value.is_finite() {
        Err(WeightsParseError::NotFinite { criterion: id.to_string() })
    } else if value < 0.0 {
        Err(WeightsParseError::Negative { criterion: id.to_string(), value })
    } else {
        // -0 would print as "-0" in URLs.
        Ok(value + 0.0)
    }
}

fn number(item: &str, parse: NumberParser) -> Result<f64, WeightsParseError> {
    parse(item).ok_or_else(|| WeightsParseError::NotANumber { item: item.to_string() })
}

/// Reads one number of a weights text (see [`Weights::parse_with`]).
pub type NumberParser<'a> = &'a dyn Fn(&str) -> Option<f64>;

/// Rust's own reading of a number (`str::parse::<f64>`).
fn rust_number(item: &str) -> Option<f64> {
    item.parse::<f64>().ok()
}

fn known_ids(dataset: &Dataset) -> Vec<String> {
    dataset.criteria.iter().map(|c| c.id.clone()).collect()
}

fn from_engine_error(dataset: &Dataset, e: WeightsError) -> WeightsParseError {
    match e {
        WeightsError::Invalid { index, value } => {
            let criterion =
                dataset.criteria.get(index).map_or_else(|| index.to_string(), |c| c.id.clone());
            if value.is_finite() {
                WeightsParseError::Negative { criterion, value }
            } else {
                WeightsParseError::NotFinite { criterion }
            }
        }
        WeightsError::WrongCount { expected, given } => {
            WeightsParseError::WrongCount { expected, given }
        }
    }
}

impl Weights {
    /// Parses `40,30,20,10` (one number per criterion, in the dataset's order) or
    /// `performance=40,sovereignty=30` (criteria left out weigh 0). Blanks around items are
    /// ignored and ids are case-insensitive, because people type these by hand.
    ///
    /// All-zero weights are accepted: the ranking shows them as an explicit "no weights" state.
    ///
    /// # Examples
    /// ```
    /// # use kai_engine::{model::{Dataset, Criterion}, rank::Weights};
    /// let mut d = Dataset::default();
    /// for id in ["performance", "sovereignty"] {
    ///     d.criteria.push(Criterion { id: id.into(), ..Default::default() });
    /// }
    /// assert_eq!(Weights::parse(&d, "3, 1").unwrap().raw(), &[3.0, 1.0]);
    /// assert_eq!(Weights::parse(&d, "sovereignty=5").unwrap().raw(), &[0.0, 5.0]);
    /// assert!(Weights::parse(&d, "3,1,2").is_err());
    /// ```
    pub fn parse(dataset: &Dataset, text: &str) -> Result<Weights, WeightsParseError> {
        Weights::parse_with(dataset, text, &rust_number)
    }

    /// [`Weights::parse`] with another number reader: the island (crates/island) reads plain
    /// decimals with the browser's `parseFloat` rather than carry Rust's float parser and its
    /// 18 KB of tables, and leaves any other form to the full widget.
    ///
    /// # Errors
    /// As [`Weights::parse`]; a number `number` does not read is [`WeightsParseError::NotANumber`].
    pub fn parse_with(
        dataset: &Dataset,
        text: &str,
        number: NumberParser,
    ) -> Result<Weights, WeightsParseError> {
        let parse = number;
        let text = text.trim();
        if text.is_empty() {
            return Err(WeightsParseError::Empty);
        }
        let items: Vec<&str> = text.split(',').map(str::trim).collect();
        if let Some(i) = items.iter().position(|s| s.is_empty()) {
            return Err(WeightsParseError::EmptyItem { position: i + 1 });
        }
        let pairs = items.iter().filter(|s| s.contains('=')).count();
        let k = dataset.criteria.len();
        let raw = if pairs == 0 {
            if items.len() != k {
                return Err(WeightsParseError::WrongCount { expected: k, given: items.len() });
            }
            let mut raw = Vec::with_capacity(k);
            for (c, item) in dataset.criteria.iter().zip(&items) {
                raw.push(check_value(&c.id, self::number(item, parse)?)?);
            }
            raw
        } else if pairs == items.len() {
            let mut map = BTreeMap::new();
            for item in &items {
                let (id, value) = item.split_once('=').unwrap_or((item, ""));
                let id = id.trim().to_ascii_lowercase();
                let value = self::number(value.trim(), parse)?;
                if map.insert(id.clone(), value).is_some() {
                    return Err(WeightsParseError::DuplicateCriterion { id });
                }
            }
            return Weights::from_map(dataset, &map);
        } else {
            return Err(WeightsParseError::MixedForms);
        };
        Weights::new(raw).map_err(|e| from_engine_error(dataset, e))
    }

    /// Weights from a map of criterion id → weight (criteria left out weigh 0), checking
    /// every id and value. Presets are stored this way.
    pub fn from_map(
        dataset: &Dataset,
        map: &BTreeMap<String, f64>,
    ) -> Result<Weights, WeightsParseError> {
        let mut raw = vec![0.0; dataset.criteria.len()];
        for (id, &value) in map {
            let Some(index) = dataset.criterion_index(id) else {
                return Err(WeightsParseError::UnknownCriterion {
                    id: id.clone(),
                    known: known_ids(dataset),
                });
            };
            raw[index] = check_value(id, value)?;
        }
        Weights::new(raw).map_err(|e| from_engine_error(dataset, e))
    }

    /// The weights of a preset.
    pub fn from_preset(dataset: &Dataset, preset: &Preset) -> Result<Weights, WeightsParseError> {
        Weights::from_map(dataset, &preset.weights)
    }

    /// The `id=value,…` form (every criterion, dataset order) that [`Weights::parse`] reads
    /// back exactly; for shareable URLs and the CLI's echo of what it used.
    pub fn to_param(&self, dataset: &Dataset) -> String {
        dataset
            .criteria
            .iter()
            .zip(self.raw())
            .map(|(c, w)| format!("{}={}", c.id, w))
            .collect::<Vec<_>>()
            .join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Criterion;

    fn dataset() -> Dataset {
        let mut d = Dataset::default();
        for id in ["performance", "sovereignty", "industry", "global"] {
            d.criteria.push(Criterion { id: id.into(), ..Default::default() });
        }
        d
    }

    #[test]
    fn positional_and_named_forms_agree() {
        let d = dataset();
        let a = Weights::parse(&d, "40,30,20,10").unwrap();
        let b = Weights::parse(&d, "global=10, industry=20,SOVEREIGNTY=30,performance=40").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.to_param(&d), "performance=40,sovereignty=30,industry=20,global=10");
    }

    #[test]
    fn negative_zero_prints_as_zero() {
        let d = dataset();
        let w = Weights::parse(&d, "-0,1,1,1").unwrap();
        assert_eq!(w.to_param(&d), "performance=0,sovereignty=1,industry=1,global=1");
    }
}
