//! Any text → `classroom::parse_table`: must not panic; an accepted table has 2–8 criteria,
//! 2–200 items and finite numbers, and builds into a dataset that validates; every problem has
//! a message in both languages.
#![no_main]

use kai_engine::classroom::{CriterionScale, build, parse_table};
use kai_engine::text::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match parse_table(text) {
        Ok(t) => {
            assert!((2..=8).contains(&t.criteria.len()));
            assert!((2..=200).contains(&t.items.len()));
            assert!(t.items.iter().flat_map(|i| i.values.iter().flatten()).all(|v| v.is_finite()));
            let settings = vec![CriterionScale::default(); t.criteria.len()];
            assert!(build(&t, &settings).is_ok());
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            for p in &problems {
                assert!(!p.message(Lang::Ko).is_empty() && !p.message(Lang::En).is_empty());
            }
        }
    }
});
