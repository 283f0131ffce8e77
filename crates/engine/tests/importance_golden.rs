//! The weight model against the independent oracle: every share-style or importance link in
//! `tests/golden/kai-rankings.json` ("share_links", computed by `scripts/golden.py` without the
//! crate) loads as the importances the oracle says.

use kai_engine::importance::to_importances;

#[test]
fn links_load_as_the_golden_importances() {
    let text = include_str!("../../../tests/golden/kai-rankings.json");
    let doc: serde_json::Value = serde_json::from_str(text).expect("golden is JSON");
    let links = doc["share_links"].as_array().expect("golden has share_links");
    assert!(links.len() >= 8, "the oracle lists the hand-worked links");
    for l in links {
        let nums = |k: &str| -> Vec<f64> {
            l[k].as_array().expect("a list").iter().map(|v| v.as_f64().expect("a number")).collect()
        };
        let (link, want) = (nums("link"), nums("importances"));
        let got = to_importances(&link);
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert!((g - w).abs() < 1e-12, "{link:?}: got {got:?}, oracle {want:?}");
        }
    }
}
