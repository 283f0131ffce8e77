//! Engine benchmarks: the slider's re-rank, stability intervals, "what would it take" for all
//! teams, SMAA with 100,000 samples and the winner map of a section, so a change that slows the
//! widget's hot paths shows up before a reader feels it. Goals (native, 2 shared cores):
//! re-rank < 5 µs, SMAA 100k < 20 ms, winner map of ten teams < 50 µs (measured about 2 µs).
//!
//! Uses the embedded K-AI dataset ([`kai_engine::KAI_2025_JSON`], under its "ministry" preset)
//! plus a fixed complete 10 × 4 matrix (the worst case for SMAA: every team complete).
//! Native only (criterion); must not depend on the widget or the CLI.
//!
//! Run: `cargo bench -p kai-engine --bench engine -- --warm-up-time 1 --measurement-time 3`;
//! `… -- --test` runs each benchmark once as a smoke test.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use kai_engine::rank::{ScoreMatrix, Weights, rank_matrix};
use kai_engine::sensitivity::{
    acceptability, section, stability_intervals, what_it_takes_all, winner_map,
};
use kai_engine::validate::parse_json;
use kai_engine::{KAI_2025_JSON, model::Dataset};

/// Ten plausible teams on four criteria, all complete.
fn fixed_matrix() -> ScoreMatrix {
    let rows: [[f64; 4]; 10] = [
        [7.5, 8.0, 6.5, 8.0],
        [6.0, 6.0, 7.5, 8.5],
        [7.0, 9.0, 8.5, 6.0],
        [6.5, 7.5, 8.0, 4.0],
        [8.5, 7.0, 8.0, 7.5],
        [5.0, 3.5, 7.0, 5.5],
        [4.5, 3.0, 6.0, 5.0],
        [5.5, 6.5, 4.0, 3.0],
        [3.0, 5.0, 5.5, 2.5],
        [6.0, 4.0, 3.5, 7.0],
    ];
    ScoreMatrix::from_rows(
        &rows.iter().map(|r| r.iter().map(|&v| Some(v)).collect()).collect::<Vec<_>>(),
    )
}

/// The embedded dataset, or `None` (benchmark skipped, not failed) if it stops validating; the
/// engine's own tests catch that.
fn dataset() -> Option<Dataset> {
    parse_json(KAI_2025_JSON).ok()
}

/// The "ministry" preset: performance 40, sovereignty 15, industry 30, global 15.
const MINISTRY: [f64; 4] = [40.0, 15.0, 30.0, 15.0];

fn bench(c: &mut Criterion) {
    let fixed = Weights::new(MINISTRY.to_vec()).unwrap_or_else(|_| Weights::equal(4));
    let mut sets = vec![("fixed10x4", fixed_matrix(), fixed.clone())];
    if let Some(d) = dataset() {
        let preset = d.presets.iter().find(|p| p.id == "ministry");
        let weights = preset.and_then(|p| Weights::from_preset(&d, p).ok()).unwrap_or(fixed);
        sets.insert(0, ("kai2025", ScoreMatrix::new(&d), weights));
    }
    for (name, m, weights) in &sets {
        c.bench_function(&format!("rank/{name}"), |b| {
            b.iter(|| rank_matrix(black_box(m), black_box(weights)))
        });
        c.bench_function(&format!("stability/{name}"), |b| {
            b.iter(|| stability_intervals(black_box(m), black_box(weights), 5))
        });
        c.bench_function(&format!("what_it_takes_all/{name}"), |b| {
            b.iter(|| what_it_takes_all(black_box(m), black_box(weights), 5))
        });
        c.bench_function(&format!("smaa100k/{name}"), |b| {
            b.iter(|| acceptability(black_box(m), 100_000, 42))
        });
        // The winner map of a section (performance × sovereignty, the rest in proportion):
        // the reduction to three columns plus the exact regions.
        c.bench_function(&format!("winner_map/{name}"), |b| {
            b.iter(|| {
                section(black_box(m), black_box(weights), 0, 1)
                    .and_then(|s| winner_map(&s.matrix))
                    .map(|map| map.regions.len())
            })
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
