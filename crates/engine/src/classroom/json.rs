//! A classroom dataset as the JSON file "download current data" saves (issue #15: "a
//! 'download JSON' keeps it"): the names, the raw values *and* each criterion's direction,
//! scaling and unit, so pasting or opening the file again (the widget's one loader, then
//! [`crate::validate::check`]) gives back the very dataset, ranked the same.
//!
//! Why written by hand: the wasm has no JSON serializer (the widget parses with the browser's
//! `JSON.parse`), and a classroom dataset has few fields; a test checks the text against
//! serde's reading of it.

use std::fmt::Write;

use crate::model::{Dataset, Mode};
use crate::text::Text;

use super::{Direction, Scaling};

/// `s` as a JSON string (quotes, backslashes and control characters escaped).
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `{"ko": …, "en": …}`.
fn text(out: &mut String, t: &Text) {
    out.push_str("{\"ko\": ");
    string(out, &t.ko);
    out.push_str(", \"en\": ");
    string(out, &t.en);
    out.push('}');
}

/// A number as JSON writes it (`null` for a missing or non-finite one).
fn number(out: &mut String, v: Option<f64>) {
    match v.filter(|v| v.is_finite()) {
        Some(v) => {
            let _ = write!(out, "{v}");
        }
        None => out.push_str("null"),
    }
}

/// The classroom dataset as JSON (see the module documentation); `None` for a dataset that is
/// not a classroom one (the K-AI data downloads as the file it came from).
pub fn to_json(dataset: &Dataset) -> Option<String> {
    if dataset.mode != Mode::Classroom {
        return None;
    }
    let mut out = String::from("{\n  \"mode\": \"classroom\",\n");
    if let Some(label) = &dataset.item_label {
        out.push_str("  \"item_label\": ");
        text(&mut out, label);
        out.push_str(",\n");
    }
    out.push_str("  \"title\": ");
    text(&mut out, &dataset.title);
    out.push_str(",\n  \"criteria\": [");
    for (i, c) in dataset.criteria.iter().enumerate() {
        out.push_str(if i == 0 { "\n    {\"id\": " } else { ",\n    {\"id\": " });
        string(&mut out, &c.id);
        out.push_str(", \"label\": ");
        text(&mut out, &c.label);
        if let Some(s) = &c.scale {
            out.push_str(", \"scale\": {\"unit\": ");
            string(&mut out, &s.unit);
            out.push_str(match s.direction {
                Direction::HigherIsBetter => ", \"direction\": \"higher\"",
                Direction::LowerIsBetter => ", \"direction\": \"lower\"",
            });
            out.push_str(match s.scaling {
                Scaling::Raw => ", \"scaling\": \"raw\"}",
                Scaling::MinMax => ", \"scaling\": \"min-max\"}",
                Scaling::Rank => ", \"scaling\": \"rank\"}",
            });
        }
        out.push('}');
    }
    out.push_str("\n  ],\n  \"teams\": [");
    for (i, t) in dataset.teams.iter().enumerate() {
        out.push_str(if i == 0 { "\n    {\"id\": " } else { ",\n    {\"id\": " });
        string(&mut out, &t.id);
        out.push_str(", \"name\": ");
        text(&mut out, &t.name);
        out.push_str(", \"scores\": {");
        for (j, (id, s)) in t.scores.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            string(&mut out, id);
            out.push_str(": {\"value\": ");
            number(&mut out, s.value);
            if s.raw.is_some() {
                out.push_str(", \"raw\": ");
                number(&mut out, s.raw);
            }
            out.push('}');
        }
        out.push_str("}}");
    }
    out.push_str("\n  ]\n}\n");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_what_json_requires() {
        let mut out = String::new();
        string(&mut out, "a\"b\\c\nd\u{1}e\u{2028}");
        assert_eq!(out, r#""a\"b\\c\nd\u0001e\u2028""#);
        let mut n = String::new();
        number(&mut n, Some(0.1));
        number(&mut n, None);
        number(&mut n, Some(f64::NAN));
        assert_eq!(n, "0.1nullnull");
    }
}
