//! Property tests of the ranking engine and its sensitivity analysis: the promises a reader
//! relies on when moving sliders (scaling does nothing, favouring a team's best criterion
//! never hurts it, "what would it take" answers are real and minimal, stability edges are
//! where the leader really changes).
//!
//! Scores are on a half-point grid and weights are small integers, like the real data, so
//! every genuine difference is far larger than the engine's tie tolerance.

use kai_engine::rank::{Ranking, ScoreMatrix, TIE_EPSILON, Weights, rank_matrix};
use kai_engine::sensitivity::{Reach, ShareRange, shares_at, stability_intervals, what_it_takes};
use proptest::prelude::*;

fn half_point() -> impl Strategy<Value = f64> {
    (0u8..=20).prop_map(|v| f64::from(v) / 2.0)
}

/// `teams` × `criteria` scores, each missing with probability `p_missing`.
fn matrix(
    teams: std::ops::RangeInclusive<usize>,
    criteria: std::ops::RangeInclusive<usize>,
    p_missing: f64,
) -> impl Strategy<Value = Vec<Vec<Option<f64>>>> {
    (teams, criteria).prop_flat_map(move |(n, k)| {
        prop::collection::vec(
            prop::collection::vec(
                (0.0..1.0f64, half_point())
                    .prop_map(move |(u, v)| if u < p_missing { None } else { Some(v) }),
                k,
            ),
            n,
        )
    })
}

/// Integer weights 0–10, not all zero.
fn weights_for(k: usize) -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(0u8..=10, k).prop_map(|mut w| {
        if w.iter().all(|&v| v == 0) {
            w[0] = 1;
        }
        w.into_iter().map(f64::from).collect()
    })
}

fn with_weights(
    teams: std::ops::RangeInclusive<usize>,
    criteria: std::ops::RangeInclusive<usize>,
    p_missing: f64,
) -> impl Strategy<Value = (Vec<Vec<Option<f64>>>, Vec<f64>)> {
    matrix(teams, criteria, p_missing).prop_flat_map(|rows| {
        let k = rows[0].len();
        (Just(rows), weights_for(k))
    })
}

fn ranks(r: &Ranking) -> Vec<(usize, Option<usize>)> {
    r.rows.iter().map(|row| (row.team, row.rank)).collect()
}

fn rank_of(r: &Ranking, team: usize) -> usize {
    r.row_of(team).and_then(|row| row.rank).unwrap_or(usize::MAX)
}

fn rank_at(mx: &ScoreMatrix, shares: &[f64]) -> Ranking {
    rank_matrix(mx, &Weights::new(shares.to_vec()).unwrap())
}

/// All points of the simplex with coordinates in steps of 1/`steps`.
fn simplex_grid(k: usize, steps: usize) -> Vec<Vec<f64>> {
    fn go(k: usize, left: usize, steps: usize, prefix: &mut Vec<usize>, out: &mut Vec<Vec<f64>>) {
        if prefix.len() == k - 1 {
            prefix.push(left);
            out.push(prefix.iter().map(|&v| v as f64 / steps as f64).collect());
            prefix.pop();
            return;
        }
        for v in 0..=left {
            prefix.push(v);
            go(k, left - v, steps, prefix, out);
            prefix.pop();
        }
    }
    let mut out = Vec::new();
    go(k, steps, steps, &mut Vec::new(), &mut out);
    out
}

fn l1(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| (x - y).abs()).sum()
}

/// The set above the line is kept: no team below it has a strictly better rank than one above.
fn set_kept(r: &Ranking, top: &[usize]) -> bool {
    let worst_in = top.iter().map(|&t| rank_of(r, t)).max().unwrap_or(0);
    let best_out =
        r.rows.iter().filter(|row| !top.contains(&row.team)).filter_map(|row| row.rank).min();
    best_out.is_none_or(|b| worst_in <= b)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A gate is not a weight: it never changes the order (nor the relative ranks) of the teams
    /// that pass it; it only takes the others out of the ranking.
    #[test]
    fn a_gate_never_reorders_the_teams_that_pass_it(
        (rows, w) in with_weights(2..=10, 2..=6, 0.1),
        crit in any::<prop::sample::Index>(),
        min in 0.0f64..10.0,
    ) {
        let mx = ScoreMatrix::from_rows(&rows);
        let weights = Weights::new(w).unwrap();
        let all: Vec<usize> = (0..rows.len()).collect();
        let c = crit.index(mx.criteria);
        let mut g = vec![None; mx.criteria];
        g[c] = Some(min);
        let gates = kai_engine::rank::Gates::new(g);
        let free = kai_engine::rank::rank_in(&mx, &weights, &all, &kai_engine::rank::Gates::none(mx.criteria));
        let gated = kai_engine::rank::rank_in(&mx, &weights, &all, &gates);
        let passes = |t: usize| gates.failed(&mx, t).is_empty();
        let order = |r: &Ranking| -> Vec<usize> {
            r.rows.iter().filter(|row| row.rank.is_some() && passes(row.team)).map(|row| row.team).collect()
        };
        prop_assert_eq!(order(&free), order(&gated));
        // Nobody below the minimum keeps a rank.
        prop_assert!(gated.rows.iter().all(|row| row.rank.is_none() || passes(row.team)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Typing 40/30/20/10 or 4/3/2/1 gives the same ranking.
    #[test]
    fn scaling_all_weights_keeps_the_ranking((rows, w) in with_weights(1..=8, 2..=8, 0.15), factor in 0.01f64..1000.0) {
        let mx = ScoreMatrix::from_rows(&rows);
        let before = rank_matrix(&mx, &Weights::new(w.clone()).unwrap());
        let after = rank_matrix(&mx, &Weights::new(w.iter().map(|v| v * factor).collect()).unwrap());
        prop_assert_eq!(ranks(&before), ranks(&after));
    }

    /// The bar segments add up to the bar: contributions sum to the score.
    #[test]
    fn contributions_sum_to_the_score((rows, w) in with_weights(1..=8, 2..=8, 0.15)) {
        let r = rank_matrix(&ScoreMatrix::from_rows(&rows), &Weights::new(w).unwrap());
        for row in &r.rows {
            match row.score {
                Some(score) => prop_assert!((row.contributions.iter().sum::<f64>() - score).abs() < 1e-12),
                // No score is never a partial sum: only missing scores or all-zero weights.
                None => prop_assert!(!row.missing.is_empty() || r.no_weights()),
            }
        }
    }

    /// Raising the weight of a criterion never worsens the shared rank of the team scoring
    /// highest on it (complete teams): no team that was not strictly ahead of it gets strictly
    /// ahead. (Its *display position* may drop when a team it led becomes exactly tied and
    /// comes earlier in dataset order; the shared rank cannot.)
    #[test]
    fn raising_a_criterion_never_hurts_its_best_team(
        (rows, w) in with_weights(2..=8, 2..=6, 0.0),
        pick in any::<prop::sample::Index>(),
        extra in 1u8..=20,
    ) {
        let mx = ScoreMatrix::from_rows(&rows);
        let c = pick.index(w.len());
        let best = (0..rows.len()).max_by(|&a, &b| rows[a][c].partial_cmp(&rows[b][c]).unwrap().then(b.cmp(&a))).unwrap();
        let before = rank_matrix(&mx, &Weights::new(w.clone()).unwrap());
        let mut raised = w.clone();
        raised[c] += f64::from(extra);
        let after = rank_matrix(&mx, &Weights::new(raised).unwrap());
        prop_assert!(rank_of(&after, best) <= rank_of(&before, best));
        let ahead = |r: &Ranking| -> Vec<usize> {
            let s = r.row_of(best).unwrap().score.unwrap();
            r.rows.iter().filter(|row| row.score.is_some_and(|v| v > s + TIE_EPSILON)).map(|row| row.team).collect()
        };
        let (a0, a1) = (ahead(&before), ahead(&after));
        prop_assert!(a1.iter().all(|t| a0.contains(t)), "newly ahead: {:?} vs {:?}", a1, a0);
    }
}

// Sensitivity runs on the teams rankable under every weighting (complete scores, passing the
// gates): callers pass `ScoreMatrix::subset` of those and list the others apart. So these
// properties are checked on complete matrices.
proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// "What would it take" shares really make the team first / put it within the cut, and
    /// no point of a fine simplex grid does it with a smaller change. `Impossible` means no
    /// grid point works either. Compared over weightings where the team is complete (the
    /// documented scope: the LP never relies on the team's own missing scores).
    #[test]
    fn what_it_takes_is_real_and_minimal(
        (rows, w) in with_weights(3..=8, 3..=4, 0.0),
        cut in 1usize..=4,
    ) {
        let mx = ScoreMatrix::from_rows(&rows);
        let k = w.len();
        let weights = Weights::new(w.clone()).unwrap();
        let w0 = weights.shares().unwrap();
        let grid = simplex_grid(k, if k == 3 { 30 } else { 15 });
        let ranked: Vec<(Vec<f64>, Ranking)> = grid.into_iter().map(|g| { let r = rank_at(&mx, &g); (g, r) }).collect();
        let now = rank_matrix(&mx, &weights);
        for team in 0..rows.len() {
            let wit = what_it_takes(&mx, &weights, team, cut);
            // Small cases are solved exactly unless many distinct missing patterns appear.
            let minimal = wit.exact;
            for (reach, goal) in [(&wit.first, 1usize), (&wit.cut, cut)] {
                let grid_best = ranked
                    .iter()
                    .filter(|(_, r)| r.row_of(team).unwrap().is_complete() && rank_of(r, team) <= goal)
                    .map(|(g, _)| l1(g, &w0))
                    .fold(f64::INFINITY, f64::min);
                match reach {
                    Reach::Already => prop_assert!(rank_of(&now, team) <= goal),
                    Reach::Possible { distance, shares } => {
                        prop_assert!(rank_of(&now, team) > goal);
                        prop_assert!((shares.iter().sum::<f64>() - 1.0).abs() < 1e-9);
                        prop_assert!(shares.iter().all(|&s| s >= 0.0));
                        prop_assert!((l1(shares, &w0) - distance).abs() < 1e-9);
                        let again = rank_at(&mx, shares);
                        prop_assert!(rank_of(&again, team) <= goal, "team {} goal {} {:?}", team, goal, wit);
                        prop_assert!(!minimal || *distance <= grid_best + 1e-6,
                            "team {} goal {}: LP {} but grid {}", team, goal, distance, grid_best);
                    }
                    Reach::Impossible { blockers } => {
                        prop_assert!(!minimal || grid_best.is_infinite(), "team {} goal {}: grid found {}", team, goal, grid_best);
                        if goal == 1 && minimal {
                            // The named blockers alone already keep it from first place.
                            prop_assert!(!blockers.is_empty());
                            let mut sub = vec![rows[team].clone()];
                            sub.extend(blockers.iter().map(|&b| rows[b].clone()));
                            let sub = ScoreMatrix::from_rows(&sub);
                            let reachable = ranked.iter().any(|(g, _)| {
                                let r = rank_at(&sub, g);
                                r.row_of(0).unwrap().is_complete() && rank_of(&r, 0) == 1
                            });
                            prop_assert!(!reachable, "team {}: blockers {:?} do not block", team, blockers);
                        }
                    }
                }
            }
        }
    }

    /// Stability edges: just inside the leader range the leader still has rank 1; just outside
    /// (or exactly at an exclusive 0 %/100 % edge) it has not and the named team leads. Same
    /// for the set above the cut line.
    #[test]
    fn stability_edges_are_where_the_ranking_changes(
        (rows, w) in with_weights(2..=8, 2..=5, 0.0),
        cut in 1usize..=4,
    ) {
        const D: f64 = 1e-6;
        let mx = ScoreMatrix::from_rows(&rows);
        let weights = Weights::new(w.clone()).unwrap();
        let k = w.len();
        for iv in stability_intervals(&mx, &weights, cut) {
            let at = |s: f64| rank_at(&mx, &shares_at(&weights, k, iv.criterion, s));
            let leader_ok = |r: &Ranking| rank_of(r, iv.leader) == 1;
            let cut_ok = |r: &Ranking| set_kept(r, &iv.top);
            for (range, keeps, is_cut) in [(&iv.leader_range, &leader_ok as &dyn Fn(&Ranking) -> bool, false),
                                           (&iv.cut_range, &cut_ok as &dyn Fn(&Ranking) -> bool, true)] {
                prop_assert!(range.contains(iv.share), "{:?}", range);
                check_range(range, &at, keeps, is_cut, D, &iv)?;
            }
        }
    }
}

fn check_range(
    range: &ShareRange,
    at: &dyn Fn(f64) -> Ranking,
    keeps: &dyn Fn(&Ranking) -> bool,
    is_cut: bool,
    d: f64,
    iv: &kai_engine::sensitivity::StabilityInterval,
) -> Result<(), TestCaseError> {
    let (lo, hi) = (range.lo.share, range.hi.share);
    // Inside: the middle, and near each edge when the range is wide enough.
    let mut inside = vec![(lo + hi) / 2.0];
    if hi - lo > 2.0 * d {
        inside.push(lo + d);
        inside.push(hi - d);
    }
    if range.lo.inclusive {
        inside.push(lo);
    }
    if range.hi.inclusive {
        inside.push(hi);
    }
    for s in inside {
        if range.contains(s) {
            prop_assert!(keeps(&at(s)), "inside at {} of {:?} in {:?}", s, range, iv);
        }
    }
    for (edge, outside) in [
        (&range.lo, if range.lo.inclusive { lo - d } else { lo }),
        (&range.hi, if range.hi.inclusive { hi + d } else { hi }),
    ] {
        if !(0.0..=1.0).contains(&outside) || edge.takeover.is_none() {
            prop_assert!(edge.takeover.is_none() || !(0.0..=1.0).contains(&outside));
            continue;
        }
        let r = at(outside);
        prop_assert!(!keeps(&r), "outside at {} of {:?} in {:?}", outside, range, iv);
        let (Some(t), Some(x)) = (edge.takeover, edge.displaced) else {
            return Err(TestCaseError::fail("takeover without displaced"));
        };
        if is_cut {
            prop_assert!(
                rank_of(&r, t) < rank_of(&r, x),
                "at {}: {} should pass {} in {:?}",
                outside,
                t,
                x,
                iv
            );
        } else {
            prop_assert_eq!(rank_of(&r, t), 1, "at {}: {} should lead in {:?}", outside, t, iv);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Teacher-sized datasets take the budgeted (greedy) path for the cut: answers may not be
    /// minimal there, but a `Possible` must still really get the team there.
    #[test]
    fn what_it_takes_holds_on_big_datasets((rows, w) in with_weights(20..=40, 2..=8, 0.0), cut in 3usize..=8) {
        let mx = ScoreMatrix::from_rows(&rows);
        let weights = Weights::new(w).unwrap();
        for team in (0..rows.len()).step_by(3) {
            let wit = what_it_takes(&mx, &weights, team, cut);
            for (reach, goal) in [(&wit.first, 1usize), (&wit.cut, cut)] {
                if let Reach::Possible { shares, .. } = reach {
                    prop_assert!(rank_of(&rank_at(&mx, shares), team) <= goal, "team {} goal {}", team, goal);
                }
            }
        }
    }
}

/// On the real K-AI dataset (ministry-like weights 40/15/30/15): every "what would it take"
/// answer re-ranks as promised, teams without any score can reach nothing, and the
/// acceptability table is a proper distribution per team.
#[test]
fn real_dataset_answers_hold() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/kai-2025.json"))
            .expect("dataset file");
    let dataset = kai_engine::validate::parse_json(&text).expect("valid dataset");
    let mx = ScoreMatrix::new(&dataset);
    let k = dataset.criteria.len();
    let weights = Weights::new(
        [40.0, 15.0, 30.0, 15.0].into_iter().chain(std::iter::repeat(10.0)).take(k).collect(),
    )
    .unwrap();
    let cut = dataset.round("selection-2025").map_or(5, |c| c.size);
    for wit in kai_engine::sensitivity::what_it_takes_all(&mx, &weights, cut) {
        assert!(wit.exact, "{wit:?}");
        let no_scores = (0..k).all(|c| mx.get(wit.team, c).is_none());
        for (reach, goal) in [(&wit.first, 1usize), (&wit.cut, cut)] {
            match reach {
                Reach::Possible { shares, .. } => {
                    assert!(rank_of(&rank_at(&mx, shares), wit.team) <= goal, "{wit:?}")
                }
                Reach::Impossible { blockers } => assert!(!blockers.is_empty(), "{wit:?}"),
                Reach::Already => assert!(!no_scores),
            }
        }
        if no_scores {
            assert!(matches!(wit.cut, Reach::Impossible { .. }), "{wit:?}");
        }
    }
    let acc = kai_engine::sensitivity::acceptability(&mx, 20_000, 2025);
    for row in &acc.rank_share {
        assert!((row.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }
    assert!(acc.std_error < 0.004);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// SMAA counts the same ranks the table shows: with one sample, the leader's central
    /// weights *are* the sampled shares, and ranking with them reproduces every team's rank.
    #[test]
    fn acceptability_ranks_match_the_engine((rows, _) in with_weights(1..=30, 1..=8, 0.0), seed in any::<u64>()) {
        let mx = ScoreMatrix::from_rows(&rows);
        let acc = kai_engine::sensitivity::acceptability(&mx, 1, seed);
        let leader = (0..rows.len()).find(|&t| acc.rank_share[t][0] == 1.0);
        prop_assert!(leader.is_some());
        let shares = acc.central_weights[leader.unwrap()].clone().unwrap();
        prop_assert!((shares.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        let r = rank_at(&mx, &shares);
        for (t, row) in acc.rank_share.iter().enumerate() {
            let smaa_rank = row.iter().position(|&p| p == 1.0).unwrap() + 1;
            prop_assert_eq!(smaa_rank, rank_of(&r, t), "team {}", t);
        }
    }
}
