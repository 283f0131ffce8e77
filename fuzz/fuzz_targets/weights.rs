//! Any text → `Weights::parse` on the real dataset: must not panic; accepted weights are
//! finite, non-negative and one per criterion.
#![no_main]

use std::sync::OnceLock;

use kai_engine::model::Dataset;
use kai_engine::rank::Weights;
use libfuzzer_sys::fuzz_target;

fn dataset() -> &'static Option<Dataset> {
    static D: OnceLock<Option<Dataset>> = OnceLock::new();
    D.get_or_init(|| kai_engine::validate::parse_json(kai_engine::KAI_2025_JSON).ok())
}

fuzz_target!(|text: &str| {
    let Some(d) = dataset() else { return };
    if let Ok(w) = Weights::parse(d, text) {
        assert_eq!(w.len(), d.criteria.len());
        assert!(w.raw().iter().all(|v| v.is_finite() && *v >= 0.0));
    }
});
