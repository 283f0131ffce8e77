//! SMAA-2 rank acceptability: over uniformly random weightings (seeded, reproducible), how
//! often each team lands on each rank, and the typical weighting that puts each first. The
//! widget's acceptability map shows it when the reader has no weights in mind.
//!
//! A hot loop (100,000 samples per slider move): it must not allocate per sample, call
//! [`rank_matrix`] or depend on a clock, threads or the other sensitivity submodules. It
//! reproduces the engine's ranking rules (shared ranks within [`TIE_EPSILON`], incomplete
//! teams last) itself; `tests/engine_props.rs` checks its ranks against [`rank_matrix`].
//!
//! [`rank_matrix`]: crate::rank::rank_matrix

use rand_xoshiro::Xoshiro256PlusPlus;
use rand_xoshiro::rand_core::{Rng, SeedableRng};

use super::value;
use crate::rank::{ScoreMatrix, TIE_EPSILON};

/// SMAA-2 rank acceptability: how robust each team's place is when nothing is known about the
/// weights. Shares are drawn uniformly on the simplex (sorted-uniform spacings).
#[derive(Debug, Clone, PartialEq)]
pub struct Acceptability {
    /// Number of random weightings drawn.
    pub samples: usize,
    /// The seed, so a page can say which run it shows and tests can reproduce it.
    pub seed: u64,
    /// `rank_share[team][rank − 1]`: fraction of weightings in which the team has that rank.
    /// Ranks are *shared* ranks (1 + number of teams strictly ahead, ties within
    /// [`TIE_EPSILON`] share, complete before incomplete): a tie counts for each tied team, so
    /// a team's row sums to 1 but a column may sum to more than 1 when teams are identical.
    pub rank_share: Vec<Vec<f64>>,
    /// Per team, the mean shares over the weightings in which it is (shared) first — "the
    /// typical weighting that favours it" — or `None` if it never is.
    pub central_weights: Vec<Option<Vec<f64>>>,
    /// Monte-Carlo standard error: the largest `sqrt(p(1 − p)/samples)` over all cells, so
    /// the widget can round honestly. `f64::INFINITY` when `samples` is 0.
    pub std_error: f64,
}

/// Rank acceptability over `samples` uniformly random weightings, reproducible from `seed`.
///
/// Fast path: no allocation per sample and no call to [`rank_matrix`]; scores go into a reused
/// buffer and incomplete teams get a key offset that sorts them after every complete team.
/// Cost is O(samples × teams × (criteria + teams)) up to 24 teams, then
/// O(samples × teams log teams): 100,000 samples of 10 teams take about 10 ms natively; for
/// 200 teams use about 10,000 samples.
///
/// [`rank_matrix`]: crate::rank::rank_matrix
///
/// # Examples
///
/// ```
/// use kai_engine::rank::ScoreMatrix;
/// use kai_engine::sensitivity::acceptability;
///
/// let m = ScoreMatrix::from_rows(&[vec![Some(8.0), Some(2.0)], vec![Some(2.0), Some(8.0)]]);
/// let a = acceptability(&m, 10_000, 42);
/// // Mirror-image teams: each is first under about half of all weightings.
/// assert!((a.rank_share[0][0] - 0.5).abs() < 3.0 * a.std_error + 1e-3);
/// assert_eq!(a, acceptability(&m, 10_000, 42)); // same seed, same answer
/// ```
pub fn acceptability(matrix: &ScoreMatrix, samples: usize, seed: u64) -> Acceptability {
    let n = matrix.teams();
    let k = matrix.criteria;
    let mut run = SmaaRun::new(matrix);
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    if n > 0 && k > 0 {
        // Criterion counts known at compile time let the inner loops unroll (2–3× faster).
        match k {
            2 => run.sample::<2>(samples, &mut rng),
            3 => run.sample::<3>(samples, &mut rng),
            4 => run.sample::<4>(samples, &mut rng),
            5 => run.sample::<5>(samples, &mut rng),
            6 => run.sample::<6>(samples, &mut rng),
            7 => run.sample::<7>(samples, &mut rng),
            8 => run.sample::<8>(samples, &mut rng),
            _ => run.sample::<0>(samples, &mut rng),
        }
    }
    let SmaaRun { counts, first_sum, first_count, .. } = run;
    let denom = samples.max(1) as f64;
    let rank_share: Vec<Vec<f64>> = (0..n)
        .map(|t| counts[t * n..(t + 1) * n].iter().map(|&c| c as f64 / denom).collect())
        .collect();
    let central_weights = (0..n)
        .map(|t| {
            (first_count[t] > 0).then(|| {
                first_sum[t * k..(t + 1) * k].iter().map(|s| s / first_count[t] as f64).collect()
            })
        })
        .collect();
    let std_error = if samples == 0 {
        f64::INFINITY
    } else {
        rank_share.iter().flatten().map(|&p| (p * (1.0 - p) / denom).sqrt()).fold(0.0, f64::max)
    };
    Acceptability { samples, seed, rank_share, central_weights, std_error }
}

/// Buffers of one SMAA run, allocated once.
struct SmaaRun {
    n: usize,
    k: usize,
    /// Scores with missing as 0, row-major.
    vals: Vec<f64>,
    /// Per team, which criteria it lacks (row-major booleans) and whether it lacks any.
    missing: Vec<bool>,
    has_missing: Vec<bool>,
    /// Subtracted from an incomplete team's key: sorts it after every complete team.
    offset: f64,
    counts: Vec<u64>,
    first_sum: Vec<f64>,
    first_count: Vec<u64>,
    keys: Vec<f64>,
    /// Scratch for the sorted keys (large team counts).
    sorted: Vec<(f64, usize)>,
    ranks: Vec<usize>,
}

impl SmaaRun {
    fn new(matrix: &ScoreMatrix) -> SmaaRun {
        let (n, k) = (matrix.teams(), matrix.criteria);
        let cells = || (0..n).flat_map(move |t| (0..k).map(move |c| (t, c)));
        let vals: Vec<f64> = cells().map(|(t, c)| value(matrix, t, c)).collect();
        let missing: Vec<bool> = cells().map(|(t, c)| matrix.get(t, c).is_none()).collect();
        let has_missing = (0..n).map(|t| missing[t * k..(t + 1) * k].iter().any(|&m| m)).collect();
        let max_abs = vals.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        SmaaRun {
            n,
            k,
            vals,
            missing,
            has_missing,
            offset: 1.0 + 2.0 * max_abs,
            counts: vec![0; n * n],
            first_sum: vec![0.0; n * k],
            first_count: vec![0; n],
            keys: vec![0.0; n],
            sorted: vec![(0.0, 0); n],
            ranks: vec![0; n],
        }
    }

    /// Draws `samples` weightings; `K` is the criteria count, or 0 for "use `self.k`".
    fn sample<const K: usize>(&mut self, samples: usize, rng: &mut Xoshiro256PlusPlus) {
        let k = if K == 0 { self.k } else { K };
        let n = self.n;
        if k == 0 || self.vals.len() != n * k {
            return;
        }
        let (mut wbuf, mut cbuf) = (vec![0.0f64; k], vec![0.0f64; k]);
        // Slicing to `k` tells the optimiser the length (a constant when `K > 0`).
        let (w, cuts) = (&mut wbuf[..k], &mut cbuf[..k]);
        for _ in 0..samples {
            // Sorted uniforms on [0, 1); their spacings are uniform on the simplex.
            let u = &mut cuts[..k - 1];
            for x in u.iter_mut() {
                *x = (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64);
            }
            for i in 1..u.len() {
                let x = u[i];
                let mut j = i;
                while j > 0 && u[j - 1] > x {
                    u[j] = u[j - 1];
                    j -= 1;
                }
                u[j] = x;
            }
            let mut prev = 0.0;
            for (wc, &x) in w.iter_mut().zip(u.iter()) {
                *wc = x - prev;
                prev = x;
            }
            w[k - 1] = 1.0 - prev;
            for ((key, row), (miss, &has)) in self
                .keys
                .iter_mut()
                .zip(self.vals.chunks_exact(k))
                .zip(self.missing.chunks_exact(k).zip(&self.has_missing))
            {
                let mut s = 0.0;
                for (a, b) in w.iter().zip(row) {
                    s += a * b;
                }
                if has && miss.iter().zip(w.iter()).any(|(&m, &wc)| m && wc > 0.0) {
                    s -= self.offset;
                }
                *key = s;
            }
            shared_ranks(&self.keys, &mut self.sorted, &mut self.ranks);
            for (t, &r) in self.ranks.iter().enumerate() {
                self.counts[t * n + r] += 1;
                if r == 0 {
                    self.first_count[t] += 1;
                    for (acc, &wc) in self.first_sum[t * k..(t + 1) * k].iter_mut().zip(w.iter()) {
                        *acc += wc;
                    }
                }
            }
        }
    }
}

/// 0-based shared rank of every key (higher is better): the number of keys more than
/// [`TIE_EPSILON`] above it. Small inputs count pairs directly (branch-free, fast for the
/// 10-team case); large ones sort once.
fn shared_ranks(keys: &[f64], sorted: &mut [(f64, usize)], ranks: &mut [usize]) {
    if keys.len() <= 24 {
        for (t, r) in ranks.iter_mut().enumerate() {
            let bar = keys[t] + TIE_EPSILON;
            *r = keys.iter().map(|&x| (x > bar) as usize).sum();
        }
        return;
    }
    // Sort (key, team) pairs descending, then walk once: `ahead` is the first position whose
    // key is not strictly above the current one.
    for (slot, (t, &k)) in sorted.iter_mut().zip(keys.iter().enumerate()) {
        *slot = (k, t);
    }
    sorted.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
    let mut ahead = 0;
    for i in 0..sorted.len() {
        let (key, t) = sorted[i];
        while ahead < i && sorted[ahead].0 > key + TIE_EPSILON {
            ahead += 1;
        }
        if let Some(r) = ranks.get_mut(t) {
            *r = ahead;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::m;
    use super::*;

    #[test]
    fn acceptability_is_reproducible_and_sums_to_one() {
        let mx = m(&[&[Some(8.0), Some(2.0)], &[Some(2.0), Some(8.0)], &[Some(1.0), Some(1.0)]]);
        let a = acceptability(&mx, 20_000, 7);
        assert_eq!(a, acceptability(&mx, 20_000, 7));
        for row in &a.rank_share {
            assert!((row.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        }
        // Symmetric pair: each first about half the time; the dominated team always last.
        assert!((a.rank_share[0][0] - 0.5).abs() < 0.02);
        assert_eq!(a.rank_share[2][2], 1.0);
        assert!(a.central_weights[2].is_none());
        let cw = a.central_weights[0].as_ref().unwrap();
        assert!(cw[0] > 0.7, "team 0 wins when criterion 0 weighs more: {cw:?}");
        assert!(a.std_error > 0.0 && a.std_error < 0.004);
    }

    #[test]
    fn acceptability_puts_incomplete_teams_last() {
        let mx = m(&[&[Some(1.0), Some(1.0)], &[None, Some(10.0)]]);
        let a = acceptability(&mx, 1000, 3);
        assert_eq!(a.rank_share[1], vec![0.0, 1.0]);
    }

    #[test]
    fn sorted_rank_path_matches_pair_counting() {
        let keys: Vec<f64> = (0..40).map(|i| ((i * 7) % 13) as f64).collect();
        let mut sorted = vec![(0.0, 0); 40];
        let mut ranks = vec![0; 40];
        shared_ranks(&keys, &mut sorted, &mut ranks);
        for t in 0..40 {
            assert_eq!(ranks[t], keys.iter().filter(|&&x| x > keys[t] + TIE_EPSILON).count());
        }
    }

    #[test]
    fn degenerate_inputs_do_not_panic() {
        let empty = ScoreMatrix::from_rows(&[]);
        assert_eq!(acceptability(&empty, 100, 1).rank_share.len(), 0);
        let single = m(&[&[Some(3.0)], &[Some(5.0)]]);
        let a = acceptability(&single, 0, 1);
        assert!(a.std_error.is_infinite() && a.central_weights.iter().all(Option::is_none));
    }
}
