//! The normalisation switch made visible (issue #15 §1): the classroom fixture's four cities
//! under the reader's settings and under each scaling for every criterion. Places worked by
//! hand, never by the code under test.

use kai_engine::classroom::{
    CriterionScale, Direction, Scaling, build, compare_scalings, parse_table,
};
use kai_engine::rank::Weights;

const CITIES: &str = include_str!("../../../tests/fixtures/classroom-cities.tsv");

fn cities(scalings: [Scaling; 3]) -> kai_engine::model::Dataset {
    let t = parse_table(CITIES).unwrap();
    let dirs = [Direction::HigherIsBetter, Direction::LowerIsBetter, Direction::HigherIsBetter];
    let scales: Vec<CriterionScale> = dirs
        .iter()
        .zip(scalings)
        .map(|(&direction, scaling)| CriterionScale { direction, scaling, ..Default::default() })
        .collect();
    build(&t, &scales).unwrap()
}

// Raw values (green %, commute min lower-is-better, satisfaction /10):
//   가람 100 30 6 · 나래 30 25 8 · 다솜 20 20 5 · 라온 10 60 9
// Min–max: green 10, 20/9, 10/9, 0; commute (60−x)/4: 7.5, 8.75, 10, 0; satisfaction (x−5)·10/4:
//   2.5, 7.5, 0, 10. Equal weights, sums: 가람 20, 나래 18.47, 다솜 11.11, 라온 10 → 1 2 3 4.
// Rank (worst 0, best 10, steps of 10/3): green 가람 10, 나래 20/3, 다솜 10/3, 라온 0; commute
//   (lower is better) 다솜 10, 나래 20/3, 가람 10/3, 라온 0; satisfaction 라온 10, 나래 20/3,
//   가람 10/3, 다솜 0. Sums: 가람 50/3, 나래 20, 다솜 40/3, 라온 10 → 나래 1, 가람 2, 다솜 3, 라온 4.
// Mixed (min–max, min–max, raw): 가람 10+7.5+6 = 23.5, 나래 20/9+8.75+8 = 18.97,
//   다솜 10/9+10+5 = 16.11, 라온 0+0+9 = 9 → 1 2 3 4.
// Raw for all: green 100 and commute 60 are outside 0–10, so it cannot apply.

#[test]
fn each_scaling_side_by_side_with_the_readers_settings() {
    let d = cities([Scaling::MinMax, Scaling::MinMax, Scaling::Raw]);
    let out = compare_scalings(&d, &Weights::equal(3));
    let scalings: Vec<_> = out.iter().map(|o| o.scaling).collect();
    assert_eq!(scalings, [None, Some(Scaling::Raw), Some(Scaling::MinMax), Some(Scaling::Rank)]);
    let p = |i: usize| out[i].places.clone();
    assert_eq!(p(0), Some(vec![Some(1), Some(2), Some(3), Some(4)]), "mixed, as set");
    assert_eq!(p(1), None, "raw cannot apply: 100 % and 60 min are outside 0–10");
    assert_eq!(p(2), Some(vec![Some(1), Some(2), Some(3), Some(4)]), "min–max for all");
    assert_eq!(p(3), Some(vec![Some(2), Some(1), Some(3), Some(4)]), "rank for all");
    // The trap: the leader changes with nothing but the scaling.
    assert_eq!(out[2].leaders(), [0]);
    assert_eq!(out[3].leaders(), [1]);
    assert!(out[1].leaders().is_empty());
}

#[test]
fn the_readers_settings_are_kept_in_the_other_columns_directions() {
    // Commute higher-is-better instead (a wrong direction): min–max commute becomes
    // (x−20)/4: 2.5, 1.25, 0, 10; sums 가람 10+2.5+2.5 = 15, 나래 20/9+1.25+7.5 = 10.97,
    // 다솜 10/9+0+0 = 1.11, 라온 0+10+10 = 20 → 라온 1, 가람 2, 나래 3, 다솜 4.
    let t = parse_table(CITIES).unwrap();
    let d = build(&t, &vec![CriterionScale::default(); 3]).unwrap();
    let out = compare_scalings(&d, &Weights::equal(3));
    assert_eq!(out[2].places, Some(vec![Some(2), Some(3), Some(4), Some(1)]));
}
