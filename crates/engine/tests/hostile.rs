//! Hostile input at the engine's doors (issue 12): what a reader or a data editor is told
//! when a dataset nests absurdly deep (F1, F2) or smuggles bidi and control characters into
//! its text (F3). The deep inputs are generated here, not committed. The expected messages are
//! written out by hand, from the rule ("line L, column C: nested deeper than 64 levels").

use kai_engine::load;
use kai_engine::text::Lang;
use kai_engine::validate::{ProblemKind, parse_json, parse_json_bytes};
use proptest::prelude::*;
use serde_json::Value;

/// The real dataset with `field` (raw JSON text) added as the first member of the root object.
fn kai_with_first_field(field: &str) -> String {
    let rest = kai_engine::KAI_2025_JSON.trim_start().strip_prefix('{').unwrap();
    format!("{{{field},{rest}")
}

fn messages(problems: &[kai_engine::validate::Problem]) -> Vec<String> {
    problems.iter().map(|p| p.message(Lang::En)).collect()
}

/// F1: an extra field 6,000 levels deep (`{"x":[[[…]]]…}`, 12 KB). The browser trapped
/// ("memory access out of bounds"); natively serde_json stopped at its own limit of 128 with a
/// "recursion limit exceeded" syntax error. Now both refuse it at the 64th `[`: `{"x":` is
/// five characters, the object is level 1, so the 64th `[` (column 69) is level 65.
#[test]
fn an_extra_field_6000_deep_is_refused_at_its_place_by_every_entry() {
    let deep = format!("\"x\":{}{}", "[".repeat(6000), "]".repeat(6000));
    let text = kai_with_first_field(&deep);
    let expected = ["$: line 1, column 69: nested deeper than 64 levels"];
    assert_eq!(messages(&parse_json(&text).unwrap_err()), expected);
    assert_eq!(messages(&parse_json_bytes(text.as_bytes()).unwrap_err()), expected);
    // The browser loader's pure half (kai_ranking::loader runs it before JSON.parse).
    assert_eq!(messages(&load::prepare(&text).unwrap_err()), expected);
    let ko = load::prepare(&text).unwrap_err()[0].message(Lang::Ko);
    assert_eq!(ko, "$: 1행 69열: 64단계보다 깊이 중첩되어 있습니다");
}

/// F2: a root array 100,000 deep (200 KB). V8's JSON.parse threw "Maximum call stack size
/// exceeded" inside mount; now the loader refuses it before any parser runs, at column 65.
#[test]
fn a_root_array_100000_deep_is_refused_before_parsing() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let expected = ["$: line 1, column 65: nested deeper than 64 levels"];
    assert_eq!(messages(&load::prepare(&text).unwrap_err()), expected);
    assert_eq!(messages(&parse_json(&text).unwrap_err()), expected);
    // Deep and on a later line, in an object: the place is still exact. Line 2 is `  "a": `
    // (7 characters) then `{"b":` (5 each): the 64th `{` (level 65) is column 7 + 5·63 + 1.
    let text = format!("{{\n  \"a\": {}", "{\"b\":".repeat(100_000));
    assert_eq!(
        messages(&parse_json(&text).unwrap_err()),
        ["$: line 2, column 323: nested deeper than 64 levels"]
    );
}

/// The real file nests 6 deep: far inside the limit.
#[test]
fn the_real_dataset_passes_the_depth_check() {
    assert_eq!(load::check_depth(kai_engine::KAI_2025_JSON.as_bytes()), Ok(()));
    assert!(parse_json(kai_engine::KAI_2025_JSON).is_ok());
}

/// F3: a team name opening with an unpaired PDI then an RLO. The PDI would close the widget's
/// FSI around the name and the RLO reverse the whole summary sentence; after validation the
/// name holds no leading PDI, closes what it opens (the RLO reverses only itself) and is
/// isolated (FSI … PDI).
#[test]
fn a_hostile_team_name_cannot_leave_its_isolation() {
    let mut v: Value = serde_json::from_str(kai_engine::KAI_2025_JSON).unwrap();
    v["teams"][1]["name"]["en"] = Value::from("\u{2069}\u{202E}Beta FC");
    v["teams"][1]["name"]["ko"] = Value::from("베타\u{1b}[2J\u{9b}\nFC\u{2069}");
    let d = parse_json(&v.to_string()).unwrap();
    assert_eq!(d.teams[1].name.en, "\u{2068}\u{202E}Beta FC\u{202C}\u{2069}");
    assert_eq!(d.teams[1].name.ko, "베타[2JFC");
}

/// Nested JSON as text, built without recursion: `depth` openers (arrays, or objects with one
/// key), a leaf, the closers, optionally cut short or with brackets hidden in strings.
fn nested(openers: &[bool], leaf: &str, cut: Option<usize>) -> String {
    let mut s = String::new();
    for &object in openers {
        s.push_str(if object { "{\"k[\\\"{\":" } else { "[" });
    }
    s.push_str(leaf);
    for &object in openers.iter().rev() {
        s.push(if object { '}' } else { ']' });
    }
    if let Some(at) = cut {
        s.truncate(s.floor_char_boundary(at.min(s.len())));
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Arbitrary nesting up to 20,000 deep, well-formed or cut anywhere: every entry answers
    /// (no panic, no stack overflow), and nesting over 64 is always the depth problem.
    #[test]
    fn deep_arbitrary_json_never_crashes_a_parser(
        openers in prop::collection::vec(any::<bool>(), 0..20_000),
        leaf in prop::sample::select(vec!["1", "\"]]}}\"", "null", "[]", "{}", "\"\\\\\"", "-2.5e3"]),
        cut in prop::option::of(0usize..200_000),
    ) {
        let text = nested(&openers, leaf, cut);
        let native = parse_json(&text);
        let browser = load::prepare(&text);
        let depth_of_leaf = openers.len() + usize::from(leaf == "[]" || leaf == "{}");
        let reachable = cut.is_none_or(|c| c > 9 * openers.len() + leaf.len());
        if openers.len() > 64 && reachable {
            let p = &native.unwrap_err()[0];
            prop_assert!(matches!(p.kind, ProblemKind::TooDeep { limit: 64, .. }), "{p:?}");
            prop_assert!(browser.is_err());
        } else if depth_of_leaf <= 64 {
            prop_assert!(browser.is_ok());
            // Not a dataset, but an answer: problems, never a crash.
            prop_assert!(native.is_err());
        }
    }
}
