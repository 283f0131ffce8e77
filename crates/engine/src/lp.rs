//! A small dense two-phase simplex solver for the tiny linear programs of
//! [`what_it_takes`](crate::sensitivity::what_it_takes) (≤ 16 variables, ≤ a few hundred rows).
//!
//! Written here rather than pulled in (e.g. `microlp` brings `ndarray` and `sprs`) because the
//! widget ships as wasm and every kilobyte counts. Pure Rust, no allocation beyond the
//! tableau, no threads, no clock, never panics: every loop is bounded and an iteration cap
//! turns a (theoretically impossible, Bland's rule cannot cycle) runaway into
//! [`LpOutcome::IterationLimit`].
//!
//! Problem form: minimise `c·x` subject to rows `a·x {≤,=,≥} b` and `x ≥ 0`. Knows nothing
//! of teams or weights: it must not depend on any other engine module (or any crate).

/// Pivot and feasibility tolerance: values this close to zero are zero. The engine's numbers
/// are shares (0–1) and scores (0–10), so an absolute tolerance is adequate.
pub const LP_TOLERANCE: f64 = 1e-9;

/// The sense of one constraint row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// `a·x ≤ b`
    LessEq,
    /// `a·x ≥ b`
    GreaterEq,
    /// `a·x = b`
    Equal,
}

/// One row `a·x {≤,=,≥} b`. Coefficients beyond the objective's length are ignored, missing
/// ones are zero, so callers never have to pad.
#[derive(Debug, Clone, PartialEq)]
pub struct Constraint {
    /// Coefficients `a`, one per variable.
    pub coeffs: Vec<f64>,
    /// ≤, = or ≥.
    pub relation: Relation,
    /// Right-hand side `b`.
    pub rhs: f64,
}

impl Constraint {
    /// Builds a row; a shorthand so LP set-ups read like the maths.
    pub fn new(coeffs: Vec<f64>, relation: Relation, rhs: f64) -> Constraint {
        Constraint { coeffs, relation, rhs }
    }
}

/// What the solver found.
#[derive(Debug, Clone, PartialEq)]
pub enum LpOutcome {
    /// An optimal vertex `x` and its objective value `c·x`.
    Optimal {
        /// The solution, one value per variable.
        x: Vec<f64>,
        /// `c·x`.
        value: f64,
    },
    /// No `x ≥ 0` satisfies the constraints (phase 1 could not drive the artificials to 0).
    Infeasible,
    /// The objective decreases without bound.
    Unbounded,
    /// The pivot cap was hit (numerical trouble); callers treat it as "no answer".
    IterationLimit,
}

/// Dense tableau: `rows` constraint rows plus one reduced-cost row, `cols` columns plus rhs.
struct Tableau {
    cols: usize,
    data: Vec<f64>,
    basis: Vec<usize>,
}

impl Tableau {
    fn at(&self, r: usize, c: usize) -> f64 {
        self.data[r * (self.cols + 1) + c]
    }

    fn rhs(&self, r: usize) -> f64 {
        self.at(r, self.cols)
    }

    /// Pivots on (row, col), including the reduced-cost row (the last row).
    fn pivot(&mut self, row: usize, col: usize) {
        let w = self.cols + 1;
        let p = self.at(row, col);
        for v in &mut self.data[row * w..(row + 1) * w] {
            *v /= p;
        }
        let total_rows = self.data.len() / w;
        for r in (0..total_rows).filter(|&r| r != row) {
            let f = self.at(r, col);
            if f != 0.0 {
                for c in 0..w {
                    let d = self.data[row * w + c];
                    self.data[r * w + c] -= f * d;
                }
            }
        }
        self.basis[row] = col;
    }

    /// Loads the reduced costs of `cost` for the current basis into the last row.
    fn load_costs(&mut self, cost: &[f64]) {
        let w = self.cols + 1;
        let m = self.basis.len();
        for c in 0..w {
            let mut v = cost.get(c).copied().unwrap_or(0.0);
            for r in 0..m {
                v -= cost.get(self.basis[r]).copied().unwrap_or(0.0) * self.at(r, c);
            }
            self.data[m * w + c] = v;
        }
    }

    /// Runs simplex iterations over columns `< allowed` with Bland's rule (lowest index enters,
    /// lowest basic index leaves among ratio ties) so degenerate problems cannot cycle.
    fn optimise(&mut self, allowed: usize) -> Result<(), LpOutcome> {
        let m = self.basis.len();
        let cap = 50 * (m + self.cols) + 1000;
        for _ in 0..cap {
            let Some(enter) = (0..allowed).find(|&c| self.at(m, c) < -LP_TOLERANCE) else {
                return Ok(());
            };
            let mut leave: Option<(usize, f64)> = None;
            for r in 0..m {
                let a = self.at(r, enter);
                if a > LP_TOLERANCE {
                    let ratio = self.rhs(r) / a;
                    leave = match leave {
                        Some((lr, lratio))
                            if ratio > lratio + LP_TOLERANCE
                                || (ratio >= lratio - LP_TOLERANCE
                                    && self.basis[r] > self.basis[lr]) =>
                        {
                            Some((lr, lratio))
                        }
                        _ => Some((r, ratio)),
                    };
                }
            }
            let Some((row, _)) = leave else { return Err(LpOutcome::Unbounded) };
            self.pivot(row, enter);
        }
        Err(LpOutcome::IterationLimit)
    }
}

/// Minimises `objective·x` subject to `constraints` and `x ≥ 0` (two-phase simplex).
pub fn minimize(objective: &[f64], constraints: &[Constraint]) -> LpOutcome {
    let n = objective.len();
    let m = constraints.len();
    // Rows with b < 0 are negated so the initial basis is feasible; that flips ≤ and ≥.
    let rows: Vec<(Vec<f64>, Relation, f64)> = constraints
        .iter()
        .map(|c| {
            let a: Vec<f64> = (0..n).map(|j| c.coeffs.get(j).copied().unwrap_or(0.0)).collect();
            if c.rhs < 0.0 {
                let rel = match c.relation {
                    Relation::LessEq => Relation::GreaterEq,
                    Relation::GreaterEq => Relation::LessEq,
                    Relation::Equal => Relation::Equal,
                };
                (a.iter().map(|v| -v).collect(), rel, -c.rhs)
            } else {
                (a, c.relation, c.rhs)
            }
        })
        .collect();
    let slacks = rows.iter().filter(|r| r.1 != Relation::Equal).count();
    let artificials = rows.iter().filter(|r| r.1 != Relation::LessEq).count();
    let art_start = n + slacks;
    let cols = art_start + artificials;
    let mut t = Tableau { cols, data: vec![0.0; (m + 1) * (cols + 1)], basis: vec![0; m] };
    let (mut s, mut a) = (n, art_start);
    for (r, (coeffs, rel, b)) in rows.iter().enumerate() {
        let base = r * (cols + 1);
        t.data[base..base + n].copy_from_slice(coeffs);
        t.data[base + cols] = *b;
        match rel {
            Relation::LessEq => {
                t.data[base + s] = 1.0;
                t.basis[r] = s;
                s += 1;
            }
            Relation::GreaterEq => {
                t.data[base + s] = -1.0;
                t.data[base + a] = 1.0;
                t.basis[r] = a;
                s += 1;
                a += 1;
            }
            Relation::Equal => {
                t.data[base + a] = 1.0;
                t.basis[r] = a;
                a += 1;
            }
        }
    }
    // Phase 1: minimise the sum of artificials.
    if artificials > 0 {
        let phase1: Vec<f64> = (0..cols).map(|c| if c >= art_start { 1.0 } else { 0.0 }).collect();
        t.load_costs(&phase1);
        if let Err(e) = t.optimise(cols) {
            return e;
        }
        let scale = 1.0 + rows.iter().map(|r| r.2).fold(0.0, f64::max);
        if -t.at(m, cols) > LP_TOLERANCE * scale {
            return LpOutcome::Infeasible;
        }
        // Drive artificials out of the basis; a row with no other non-zero is redundant.
        for r in 0..m {
            if t.basis[r] >= art_start
                && let Some(c) = (0..art_start).find(|&c| t.at(r, c).abs() > LP_TOLERANCE)
            {
                t.pivot(r, c);
            }
        }
    }
    // Phase 2 on the real objective; artificial columns may no longer enter.
    t.load_costs(objective);
    if let Err(e) = t.optimise(art_start) {
        return e;
    }
    let mut x = vec![0.0; n];
    for (r, &b) in t.basis.iter().enumerate() {
        if b < n {
            x[b] = t.rhs(r).max(0.0);
        }
    }
    let value = objective.iter().zip(&x).map(|(c, v)| c * v).sum();
    LpOutcome::Optimal { x, value }
}

#[cfg(test)]
mod tests {
    use super::Relation::*;
    use super::*;

    fn row(a: &[f64], r: Relation, b: f64) -> Constraint {
        Constraint::new(a.to_vec(), r, b)
    }

    fn optimal(o: LpOutcome) -> (Vec<f64>, f64) {
        match o {
            LpOutcome::Optimal { x, value } => (x, value),
            other => panic!("expected optimal, got {other:?}"),
        }
    }

    #[test]
    fn textbook_maximisation() {
        // max 3x + 5y s.t. x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → (2, 6), 36 (Hillier & Lieberman).
        let (x, v) = optimal(minimize(
            &[-3.0, -5.0],
            &[
                row(&[1.0, 0.0], LessEq, 4.0),
                row(&[0.0, 2.0], LessEq, 12.0),
                row(&[3.0, 2.0], LessEq, 18.0),
            ],
        ));
        assert!((x[0] - 2.0).abs() < 1e-9 && (x[1] - 6.0).abs() < 1e-9);
        assert!((v + 36.0).abs() < 1e-9);
    }

    #[test]
    fn needs_phase_one_with_equalities_and_ge_rows() {
        // min x + y s.t. x + y ≥ 2, x − y = 1 → x = 1.5, y = 0.5.
        let (x, v) = optimal(minimize(
            &[1.0, 1.0],
            &[row(&[1.0, 1.0], GreaterEq, 2.0), row(&[1.0, -1.0], Equal, 1.0)],
        ));
        assert!((x[0] - 1.5).abs() < 1e-9 && (x[1] - 0.5).abs() < 1e-9);
        assert!((v - 2.0).abs() < 1e-9);
    }

    #[test]
    fn negative_right_hand_sides_are_flipped() {
        // min x s.t. −x ≤ −3 (i.e. x ≥ 3).
        let (x, _) = optimal(minimize(&[1.0], &[row(&[-1.0], LessEq, -3.0)]));
        assert!((x[0] - 3.0).abs() < 1e-9);
    }

    #[test]
    fn degenerate_problem_terminates() {
        // Beale's classic cycling example for the largest-coefficient rule; Bland must finish.
        let (_, v) = optimal(minimize(
            &[-0.75, 150.0, -0.02, 6.0],
            &[
                row(&[0.25, -60.0, -0.04, 9.0], LessEq, 0.0),
                row(&[0.5, -90.0, -0.02, 3.0], LessEq, 0.0),
                row(&[0.0, 0.0, 1.0, 0.0], LessEq, 1.0),
            ],
        ));
        assert!((v + 0.05).abs() < 1e-9);
    }

    #[test]
    fn reports_infeasible() {
        let o = minimize(
            &[1.0, 1.0],
            &[row(&[1.0, 1.0], LessEq, 1.0), row(&[1.0, 1.0], GreaterEq, 2.0)],
        );
        assert_eq!(o, LpOutcome::Infeasible);
    }

    #[test]
    fn reports_unbounded() {
        let o = minimize(&[-1.0, 0.0], &[row(&[1.0, -1.0], LessEq, 1.0)]);
        assert_eq!(o, LpOutcome::Unbounded);
    }

    #[test]
    fn redundant_equalities_are_fine() {
        // The same equality twice leaves an artificial on a redundant row.
        let (x, v) = optimal(minimize(
            &[1.0, 2.0],
            &[row(&[1.0, 1.0], Equal, 1.0), row(&[2.0, 2.0], Equal, 2.0)],
        ));
        assert!((x[0] - 1.0).abs() < 1e-9 && (v - 1.0).abs() < 1e-9);
    }

    #[test]
    fn empty_problem_is_optimal_at_zero() {
        assert_eq!(minimize(&[], &[]), LpOutcome::Optimal { x: vec![], value: 0.0 });
        let (x, _) = optimal(minimize(&[1.0, 1.0], &[]));
        assert_eq!(x, vec![0.0, 0.0]);
    }
}
