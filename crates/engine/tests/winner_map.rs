//! The winner map against brute force: on a fine grid of the weight triangle, the engine's own
//! ranking ([`rank_matrix`]) must name the team whose exact region holds the point, and the
//! regions' area shares must match the grid's fractions. Plus a property test (areas sum to 1,
//! no overlap) and the K-AI dataset's stage one.
//!
//! Nothing here reuses the winner map's own geometry: points are classified by `rank_matrix`,
//! containment by cross products written below.

use kai_engine::KAI_2025_JSON;
use kai_engine::i18n;
use kai_engine::rank::{ScoreMatrix, TIE_EPSILON, Weights, rank_matrix};
use kai_engine::sensitivity::{Point, WinnerMap, WinnerRegion, plane, section, winner_map};
use kai_engine::text::Lang;
use kai_engine::validate::parse_json;
use proptest::prelude::*;

/// Points closer than this (in [`plane`] units, the triangle has side 1) to a region's edge
/// are "on the boundary" and not checked against the ranking: there the engine may list either
/// tied team, and float rounding decides.
const MARGIN: f64 = 1e-7;

fn complete(rows: &[[f64; 3]]) -> ScoreMatrix {
    let rows: Vec<Vec<Option<f64>>> =
        rows.iter().map(|r| r.iter().map(|&v| Some(v)).collect()).collect();
    ScoreMatrix::from_rows(&rows)
}

/// The smallest signed distance from `x` to the region's edges: positive inside (the vertices
/// are counter-clockwise in the plane), negative outside.
fn depth(region: &WinnerRegion, x: Point) -> f64 {
    let v: Vec<[f64; 2]> = region.vertices.iter().map(|&p| plane(p)).collect();
    let x = plane(x);
    (0..v.len())
        .map(|k| {
            let (p, q) = (v[k], v[(k + 1) % v.len()]);
            let (ex, ey) = (q[0] - p[0], q[1] - p[1]);
            let len = (ex * ex + ey * ey).sqrt();
            (ex * (x[1] - p[1]) - ey * (x[0] - p[0])) / len
        })
        .fold(f64::INFINITY, f64::min)
}

/// The engine's first team at a point (shares, all teams complete).
fn first(matrix: &ScoreMatrix, shares: &[f64]) -> usize {
    let w = Weights::new(shares.to_vec()).unwrap();
    rank_matrix(matrix, &w).rows[0].team
}

/// The centroids of the `n²` equal small triangles of the triangle cut into `n` parts per
/// side. Each stands for an area share of exactly `1/n²`, so counting them has no bias at the
/// triangle's own edges (unlike a lattice of points, which over-counts them).
fn centroids(n: usize) -> Vec<Point> {
    let nf = n as f64;
    let mut out = Vec::with_capacity(n * n);
    for i in 0..n {
        for j in 0..n - i {
            let up = [(3 * i + 1) as f64 / (3.0 * nf), (3 * j + 1) as f64 / (3.0 * nf)];
            out.push([up[0], up[1], 1.0 - up[0] - up[1]]);
            if i + j + 2 <= n {
                let down = [(3 * i + 2) as f64 / (3.0 * nf), (3 * j + 2) as f64 / (3.0 * nf)];
                out.push([down[0], down[1], 1.0 - down[0] - down[1]]);
            }
        }
    }
    out
}

/// How far a region's grid fraction may be from its exact area, and why. Only small triangles
/// that a boundary between two regions passes through can be counted for the wrong team (the
/// triangle's own edges follow grid lines exactly), and each is worth `1/n²`. A straight edge
/// from `p` to `q` crosses the grid lines `w_c = i/n` of each family at most `|Δw_c|·n + 1`
/// times, so it meets at most `Σ_c |Δw_c|·n + 4` small triangles. Summed over the region's
/// inner edges, divided by `n²`: a strict bound (the real error is far smaller, as cut
/// triangles err both ways).
fn tolerance(region: &WinnerRegion, n: usize) -> f64 {
    let v = &region.vertices;
    let nf = n as f64;
    (0..v.len())
        .map(|k| {
            let (p, q) = (v[k], v[(k + 1) % v.len()]);
            let outer = (0..3).any(|c| p[c].abs() < 1e-12 && q[c].abs() < 1e-12);
            if outer {
                0.0
            } else {
                let span: f64 = (0..3).map(|c| (p[c] - q[c]).abs()).sum();
                (span * nf + 4.0) / (nf * nf)
            }
        })
        .sum()
}

/// The grid check itself: returns the largest gap between a grid fraction and an exact area.
fn check_against_grid(
    map: &WinnerMap,
    n: usize,
    rank_at: impl Fn(Point) -> usize,
    teams: usize,
) -> f64 {
    let points = centroids(n);
    assert_eq!(points.len(), n * n);
    let mut counts = vec![0usize; teams];
    for &x in &points {
        let winner = rank_at(x);
        counts[winner] += 1;
        let depths: Vec<(usize, f64)> = map.regions.iter().map(|r| (r.team, depth(r, x))).collect();
        let inside: Vec<usize> =
            depths.iter().filter(|(_, d)| *d > MARGIN).map(|(t, _)| *t).collect();
        assert!(inside.len() <= 1, "{x:?} strictly inside several regions: {inside:?}");
        if let Some(&team) = inside.first() {
            assert_eq!(winner, team, "at {x:?} the ranking's first is not the region's team");
        }
        assert!(
            depths.iter().any(|(_, d)| *d > -MARGIN),
            "{x:?} is in no region (depths {depths:?})"
        );
    }
    let mut worst: f64 = 0.0;
    let total = (n * n) as f64;
    for (t, &count) in counts.iter().enumerate() {
        let fraction = count as f64 / total;
        match map.region_of(t) {
            Some(r) => {
                let gap = (fraction - r.area).abs();
                assert!(
                    gap <= tolerance(r, n),
                    "team {t}: grid {fraction}, exact {}, bound {}",
                    r.area,
                    tolerance(r, n)
                );
                worst = worst.max(gap);
            }
            // First nowhere with an area: at most a line of tied points on the grid.
            None => assert!(fraction <= 4.0 * n as f64 / total, "team {t}: grid {fraction}"),
        }
    }
    worst
}

/// Ten plausible teams (the bench's matrix, first three criteria): several regions, some
/// teams never first.
const TEN: [[f64; 3]; 10] = [
    [7.5, 8.0, 6.5],
    [6.0, 6.0, 7.5],
    [7.0, 9.0, 8.5],
    [6.5, 7.5, 8.0],
    [8.5, 7.0, 8.0],
    [5.0, 3.5, 7.0],
    [4.5, 3.0, 6.0],
    [5.5, 6.5, 4.0],
    [3.0, 5.0, 5.5],
    [6.0, 4.0, 3.5],
];

#[test]
fn regions_agree_with_a_brute_force_grid() {
    let n = 200;
    for rows in [
        &TEN[..],
        // The hand-worked case of the unit tests: areas 0.3, 0.3, 0.4.
        &[[8.0, 2.0, 2.0], [2.0, 8.0, 2.0], [4.0, 4.0, 6.0]][..],
        // Every team first somewhere, a region touching no corner.
        &[[9.0, 0.0, 0.0], [0.0, 9.0, 0.0], [0.0, 0.0, 9.0], [4.0, 4.0, 4.0]][..],
    ] {
        let m = complete(rows);
        let map = winner_map(&m).unwrap();
        let total: f64 = map.regions.iter().map(|r| r.area).sum();
        assert!((total - 1.0).abs() < 1e-12, "{total}");
        let worst = check_against_grid(&map, n, |x| first(&m, &x), rows.len());
        // Measured: the largest gap is a few 1e-4, well inside the bound.
        assert!(worst < 2e-3, "largest gap {worst}");
    }
}

#[test]
fn ten_teams_have_the_expected_winners() {
    let map = winner_map(&complete(&TEN)).unwrap();
    let winners: Vec<usize> = map.regions.iter().map(|r| r.team).collect();
    // Corners: criterion 0 alone → team 4 (8.5), criterion 1 alone → team 2 (9.0), criterion
    // 2 alone → team 2 (8.5); team 0 (7.5, 8.0, 6.5) is never ahead of both 2 and 4 (at
    // equal-ish mixes 2 wins: 8.17 vs 7.33 and 7.83).
    assert!(winners.contains(&2) && winners.contains(&4));
    assert!(!winners.contains(&0));
    assert_eq!(map.regions.len() + map.never_first.len(), 10);
}

/// Half-point scores like the real data, 1–7 teams.
fn rows() -> impl Strategy<Value = Vec<[f64; 3]>> {
    prop::collection::vec(prop::array::uniform3((0u8..=20).prop_map(|v| f64::from(v) / 2.0)), 1..=7)
}

/// Random points of the triangle (uniform by sorted spacings).
fn points() -> impl Strategy<Value = Vec<Point>> {
    prop::collection::vec((0.0..1.0f64, 0.0..1.0f64), 64).prop_map(|v| {
        v.into_iter()
            .map(|(a, b)| {
                let (lo, hi) = if a < b { (a, b) } else { (b, a) };
                [lo, hi - lo, 1.0 - hi]
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn areas_sum_to_one_and_regions_do_not_overlap(rows in rows(), xs in points()) {
        let m = complete(&rows);
        let map = winner_map(&m).unwrap();
        let total: f64 = map.regions.iter().map(|r| r.area).sum();
        prop_assert!((total - 1.0).abs() < 1e-9, "areas sum to {}", total);
        // Every team is accounted for exactly once.
        let mut seen: Vec<usize> = map.regions.iter().map(|r| r.team)
            .chain(map.never_first.iter().map(|(t, _)| *t)).collect();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..rows.len()).collect::<Vec<_>>());
        for r in &map.regions {
            prop_assert!(r.vertices.len() >= 3);
            // The label point is inside its own region (it is convex).
            prop_assert!(depth(r, r.centroid()) > 0.0, "centroid {:?} outside", r.centroid());
            for v in &r.vertices {
                prop_assert!(v.iter().all(|&c| (0.0..=1.0).contains(&c)));
                prop_assert!((v.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            }
        }
        for x in xs {
            let inside: Vec<usize> =
                map.regions.iter().filter(|r| depth(r, x) > MARGIN).map(|r| r.team).collect();
            prop_assert!(inside.len() <= 1, "{:?} in {:?}", x, inside);
            if let Some(&team) = inside.first() {
                prop_assert_eq!(first(&m, &x), team);
            }
            prop_assert!(map.regions.iter().any(|r| depth(r, x) > -MARGIN), "{:?} uncovered", x);
        }
    }
}

/// Stage one's participants (all complete) as their own matrix, in dataset order, and names.
fn stage_one() -> (ScoreMatrix, Vec<String>) {
    let d = parse_json(KAI_2025_JSON).unwrap();
    let round = d.rounds.iter().find(|r| r.id == "stage-1").unwrap();
    let full = ScoreMatrix::new(&d);
    let teams: Vec<usize> = d
        .teams
        .iter()
        .enumerate()
        .filter(|(t, team)| round.participants.contains(&team.id) && full.is_complete(*t))
        .map(|(t, _)| t)
        .collect();
    let names = teams.iter().map(|&t| d.teams[t].id.clone()).collect();
    (full.subset(&teams), names)
}

/// Stage one's five teams (Naver Cloud, Upstage, SKT, NC AI, LG AI Research; all complete, no
/// requirement) at equal weights, one section per pair of varied criteria, the other two at
/// half the rest each. The expected shares were worked out apart from the engine, in exact
/// fractions, by a different method (every pairwise intersection of the constraint lines, kept
/// if feasible, then the shoelace area of their hull): Naver Cloud and NC AI are first nowhere
/// in every section; the rest read:
///
/// | varied | Upstage | SKT | LG AI Research |
/// |---|---|---|---|
/// | performance, sovereignty | 23/351 (6.6 %) | 464/1053 (44.1 %) | 40/81 (49.4 %) |
/// | performance, industry | 71/735 (9.7 %) | 32/147 (21.8 %) | 24/35 (68.6 %) |
/// | performance, global | 13/50 (26 %) | 247/1350 (18.3 %) | 376/675 (55.7 %) |
/// | sovereignty, industry | — | 86/135 (63.7 %) | 49/135 (36.3 %) |
/// | sovereignty, global | 244/693 (35.2 %) | 2336/6237 (37.5 %) | 155/567 (27.3 %) |
/// | industry, global | 1/3 (33.3 %) | 11/36 (30.6 %) | 13/36 (36.1 %) |
#[test]
fn kai_stage_one_sections_match_exact_fractions_and_the_full_ranking() {
    let (m, names) = stage_one();
    assert_eq!(names, ["naver-cloud", "upstage", "skt", "nc-ai", "lg-ai"]);
    let (upstage, skt, lg) = (1, 2, 4);
    let equal = Weights::equal(4);
    let expected: [((usize, usize), [f64; 3]); 6] = [
        ((0, 1), [23.0 / 351.0, 464.0 / 1053.0, 40.0 / 81.0]),
        ((0, 2), [71.0 / 735.0, 32.0 / 147.0, 24.0 / 35.0]),
        ((0, 3), [13.0 / 50.0, 247.0 / 1350.0, 376.0 / 675.0]),
        ((1, 2), [0.0, 86.0 / 135.0, 49.0 / 135.0]),
        ((1, 3), [244.0 / 693.0, 2336.0 / 6237.0, 155.0 / 567.0]),
        ((2, 3), [1.0 / 3.0, 11.0 / 36.0, 13.0 / 36.0]),
    ];
    for ((a, b), want) in expected {
        let s = section(&m, &equal, a, b).unwrap();
        assert!(!s.rest_fallback);
        let map = winner_map(&s.matrix).unwrap();
        for (team, area) in [upstage, skt, lg].into_iter().zip(want) {
            let got = map.region_of(team).map_or(0.0, |r| r.area);
            assert!((got - area).abs() < 1e-12, "{a}{b} {}: {got} vs {area}", names[team]);
        }
        let never: Vec<usize> = map.never_first.iter().map(|(t, _)| *t).collect();
        assert!(never.contains(&0) && never.contains(&3), "{never:?}");
        // Equal weights are (¼, ¼, ½) of every section, and LG AI Research leads there.
        assert_eq!(s.current, [0.25, 0.25, 0.5]);
        assert!(depth(map.region_of(lg).unwrap(), s.current) > MARGIN);
        // The brute force ranks the real four-criteria scores at the full shares of each point,
        // so it also checks the reduction to three columns.
        let worst = check_against_grid(&map, 200, |x| first(&m, &s.shares_at(x)), names.len());
        assert!(worst < 2e-3, "{a}{b}: largest gap {worst}");
    }
    // LG AI Research's region when performance and sovereignty vary, by hand: the quadrilateral
    // (1, 0, 0), (⅔, ⅓, 0), (2/27, ⅓, 16/27), (1/9, 0, 8/9) — performance from 2/27 up, and
    // sovereignty at most ⅓.
    let s = section(&m, &equal, 0, 1).unwrap();
    let map = winner_map(&s.matrix).unwrap();
    let r = map.region_of(lg).unwrap();
    let want = [
        [1.0, 0.0, 0.0],
        [2.0 / 3.0, 1.0 / 3.0, 0.0],
        [2.0 / 27.0, 1.0 / 3.0, 16.0 / 27.0],
        [1.0 / 9.0, 0.0, 8.0 / 9.0],
    ];
    assert_eq!(r.vertices.len(), 4);
    for w in want {
        assert!(r.vertices.iter().any(|v| (0..3).all(|c| (v[c] - w[c]).abs() < 1e-12)), "{w:?}");
    }
    let e = r.extent();
    assert!((e[0].0 - 2.0 / 27.0).abs() < 1e-12 && (e[1].1 - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!(s.current_first(), [lg]);
    assert_eq!(plane(s.current), [0.5, 0.75f64.sqrt() / 2.0]);
    // The text alternative, as a screen reader gets it.
    let ko = ["네이버클라우드", "업스테이지", "SK텔레콤", "NC AI", "LG AI연구원"];
    let rest = i18n::rest_label(Lang::Ko, &["산업 파급력", "글로벌 확장성"]);
    assert_eq!(
        i18n::winner_map_text(Lang::Ko, &map, &ko, ["성능", "자주성", &rest]),
        [
            "LG AI연구원은 지도의 49%에서 1위입니다. 그곳에서 성능 비중은 7% 이상, 자주성 비중은 34% 이하, 나머지(산업 파급력·글로벌 확장성) 비중은 89% 이하입니다.",
            "SK텔레콤은 지도의 44%에서 1위입니다. 그곳에서 성능 비중은 67% 이하, 자주성 비중은 33% 이상, 나머지(산업 파급력·글로벌 확장성) 비중은 62% 이하입니다.",
            "업스테이지는 지도의 7%에서 1위입니다. 그곳에서 성능 비중은 12% 이하, 자주성 비중은 39% 이하, 나머지(산업 파급력·글로벌 확장성) 비중은 59% 이상입니다.",
            "네이버클라우드는 이 지도 어디에서도 1위가 아닙니다.",
            "NC AI는 이 지도 어디에서도 1위가 아닙니다.",
        ]
    );
    let en = ["Naver Cloud", "Upstage", "SK Telecom", "NC AI", "LG AI Research"];
    let rest = i18n::rest_label(Lang::En, &["Industry impact", "Global reach"]);
    // Limits round outwards (LG's sovereignty maximum 1/3 reads "at most 34 %", SKT's minimum
    // 1/3 "at least 33 %"), so every sentence is true of every point of the region.
    assert_eq!(
        i18n::winner_map_text(Lang::En, &map, &en, ["Performance", "Sovereignty", &rest]),
        [
            "LG AI Research is first in 49\u{a0}% of the map; there, performance is at least 7\u{a0}%, sovereignty at most 34\u{a0}% and the rest (industry impact and global reach) at most 89\u{a0}%.",
            "SK Telecom is first in 44\u{a0}% of the map; there, performance is at most 67\u{a0}%, sovereignty at least 33\u{a0}% and the rest (industry impact and global reach) at most 62\u{a0}%.",
            "Upstage is first in 7\u{a0}% of the map; there, performance is at most 12\u{a0}%, sovereignty at most 39\u{a0}% and the rest (industry impact and global reach) at least 59\u{a0}%.",
            "Naver Cloud is first nowhere on this map.",
            "NC AI is first nowhere on this map.",
        ]
    );
    assert_eq!(
        i18n::winner_here(Lang::En, &[en[lg]]),
        "The current weights are where LG AI Research is first."
    );
}

/// The engine's first team at full shares, or any team tied with it (the engine lists tied
/// teams in dataset order, so inside a region its team may be tied first and listed second).
fn first_or_tied(matrix: &ScoreMatrix, shares: &[f64], team: usize) -> bool {
    let w = Weights::new(shares.to_vec()).unwrap();
    let r = rank_matrix(matrix, &w);
    let top = r.rows[0].score.unwrap();
    r.rows.iter().any(|row| row.team == team && row.score.is_some_and(|s| top - s <= TIE_EPSILON))
}

proptest! {
    /// Any real scores (not a half-point grid): the clipping stays consistent when lines are
    /// nearly parallel or meet near a corner.
    #[test]
    fn continuous_scores_keep_the_map_consistent(
        rows in prop::collection::vec(prop::array::uniform3(0.0..10.0f64), 1..=9),
        xs in points(),
    ) {
        let m = complete(&rows);
        let map = winner_map(&m).unwrap();
        let total: f64 = map.regions.iter().map(|r| r.area).sum();
        prop_assert!((total - 1.0).abs() < 1e-9, "areas sum to {}", total);
        for x in xs {
            let inside: Vec<usize> =
                map.regions.iter().filter(|r| depth(r, x) > MARGIN).map(|r| r.team).collect();
            prop_assert!(inside.len() <= 1, "{:?} in {:?}", x, inside);
            if let Some(&team) = inside.first() {
                prop_assert!(first_or_tied(&m, &x, team), "{:?} not first at {:?}", team, x);
            }
            prop_assert!(map.regions.iter().any(|r| depth(r, x) > -MARGIN), "{:?} uncovered", x);
        }
    }

    /// Nearly identical teams (differences around 1e-6, far inside the grid of real data but
    /// far above the clipping tolerance): thin slivers and near-parallel lines still tile the
    /// triangle.
    #[test]
    fn nearly_identical_teams_still_tile_the_triangle(
        base in prop::array::uniform3(0.0..10.0f64),
        noise in prop::collection::vec(prop::array::uniform3(-1e-6..1e-6f64), 2..=6),
        xs in points(),
    ) {
        let rows: Vec<[f64; 3]> =
            noise.iter().map(|n| [base[0] + n[0], base[1] + n[1], base[2] + n[2]]).collect();
        let m = complete(&rows);
        let map = winner_map(&m).unwrap();
        let total: f64 = map.regions.iter().map(|r| r.area).sum();
        prop_assert!((total - 1.0).abs() < 1e-9, "areas sum to {}", total);
        for x in xs {
            let inside: Vec<usize> =
                map.regions.iter().filter(|r| depth(r, x) > MARGIN).map(|r| r.team).collect();
            prop_assert!(inside.len() <= 1, "{:?} in {:?}", x, inside);
            if let Some(&team) = inside.first() {
                prop_assert!(first_or_tied(&m, &x, team));
            }
        }
    }

    /// Sections of four or five criteria under random weights: a point strictly inside a
    /// region, turned back into full shares, ranks that region's team first.
    #[test]
    fn section_regions_rank_first_in_the_full_matrix(
        (rows, weights, a, b) in (4usize..=5).prop_flat_map(|k| (
            prop::collection::vec(
                prop::collection::vec((0u8..=20).prop_map(|v| Some(f64::from(v) / 2.0)), k),
                1..=6,
            ),
            prop::collection::vec((0u8..=10).prop_map(f64::from), k),
            0..k,
            // The second varied criterion as an offset from the first: never the same.
            (1..k).prop_map(move |d| (k, d)),
        )),
        xs in points(),
    ) {
        let b = (a + b.1) % b.0;
        let m = ScoreMatrix::from_rows(&rows);
        let s = section(&m, &Weights::new(weights).unwrap(), a, b).unwrap();
        let total: f64 = s.rest.iter().sum();
        prop_assert!((total - 1.0).abs() < 1e-12);
        prop_assert!((s.current.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        let map = winner_map(&s.matrix).unwrap();
        let total: f64 = map.regions.iter().map(|r| r.area).sum();
        prop_assert!((total - 1.0).abs() < 1e-9);
        for x in xs {
            if let Some(r) = map.regions.iter().find(|r| depth(r, x) > MARGIN) {
                prop_assert!(first_or_tied(&m, &s.shares_at(x), r.team));
            }
        }
        // The current weights: the section's winner is the full ranking's first.
        for t in s.current_first() {
            prop_assert!(first_or_tied(&m, &s.shares_at(s.current), t));
        }
    }
}

// ---- What the widget draws (kai_engine::map_view): the SVG polygons, read back from their
// `points` attributes, against the ranking at the weighting under each pixel. Nothing here
// reuses the drawing's own inverse for containment: pixels are tested against the parsed
// polygons with cross products.

/// The classroom fixture (tests/fixtures/classroom-cities.tsv), min–max on every column,
/// commute lower-is-better. By hand (min–max: (v − min)/(max − min) × 10, reversed for the
/// commute):
///
/// | city | green 100,30,20,10 | commute 30,25,20,60 | satisfaction 6,8,5,9 |
/// |---|---|---|---|
/// | 가람 | 90/90 → 10 | 30/40 → 7.5 | 1/4 → 2.5 |
/// | 나래 | 20/90 → 2.22 | 35/40 → 8.75 | 3/4 → 7.5 |
/// | 다솜 | 10/90 → 1.11 | 40/40 → 10 | 0 |
/// | 라온 | 0 | 0 | 10 |
///
/// Corners: green alone → 가람 (10); commute alone → 다솜 (10 over 8.75); satisfaction alone →
/// 라온 (10 over 7.5). 나래 wins inside, e.g. at (0, ½, ½): 8.125 against 5, 5 and 5.
fn cities() -> kai_engine::model::Dataset {
    use kai_engine::classroom::{CriterionScale, Direction, Scaling, build, parse_table};
    let t = parse_table(include_str!("../../../tests/fixtures/classroom-cities.tsv")).unwrap();
    let s =
        |direction| CriterionScale { direction, scaling: Scaling::MinMax, ..Default::default() };
    build(
        &t,
        &[s(Direction::HigherIsBetter), s(Direction::LowerIsBetter), s(Direction::HigherIsBetter)],
    )
    .unwrap()
}

/// Parses an SVG `points` attribute.
fn parse_points(s: &str) -> Vec<[f64; 2]> {
    s.split(' ')
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            [x.parse().unwrap(), y.parse().unwrap()]
        })
        .collect()
}

/// Smallest signed distance from `x` to the edges of a convex polygon drawn clockwise on screen
/// (y down; the engine's counter-clockwise order flipped): positive inside.
fn svg_depth(poly: &[[f64; 2]], x: [f64; 2]) -> f64 {
    (0..poly.len())
        .map(|k| {
            let (p, q) = (poly[k], poly[(k + 1) % poly.len()]);
            let (ex, ey) = (q[0] - p[0], q[1] - p[1]);
            let len = (ex * ex + ey * ey).sqrt();
            -(ex * (x[1] - p[1]) - ey * (x[0] - p[0])) / len
        })
        .fold(f64::INFINITY, f64::min)
}

/// Every pixel (2-unit grid of the viewBox) strictly inside a drawn region ranks that region's
/// item first at the weighting the widget applies there (its slider values, ranked as the
/// sliders are), and every pixel inside the frame is in some region. Returns how many pixels
/// were checked.
fn drawn_map_agrees(matrix: &ScoreMatrix, weights: &Weights, a: usize, b: usize) -> usize {
    use kai_engine::map_view::{VIEW_W, from_svg, importances_at, svg_points, view_height};
    let s = section(matrix, weights, a, b).unwrap();
    let map = winner_map(&s.matrix).unwrap();
    let drawn: Vec<(usize, Vec<[f64; 2]>)> =
        map.regions.iter().map(|r| (r.team, parse_points(&svg_points(&r.vertices)))).collect();
    let frame = parse_points(&svg_points(&[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]));
    let mut checked = 0;
    let (mut y, h) = (0.0, view_height());
    while y < h {
        let mut x = 0.0;
        while x < VIEW_W {
            // Half a unit: the two-decimal rounding of the points is far below it.
            if svg_depth(&frame, [x, y]) > 0.5 {
                let inside: Vec<usize> =
                    drawn.iter().filter(|(_, p)| svg_depth(p, [x, y]) > 0.5).map(|d| d.0).collect();
                let near = drawn.iter().any(|(_, p)| svg_depth(p, [x, y]) > -0.5);
                assert!(near, "pixel ({x}, {y}) is in no drawn region");
                assert!(inside.len() <= 1, "pixel ({x}, {y}) in {inside:?}");
                if let Some(&team) = inside.first() {
                    let p = from_svg(x, y).unwrap();
                    let w = Weights::new(importances_at(&s, p)).unwrap();
                    let r = rank_matrix(matrix, &w);
                    assert_eq!(r.rows[0].team, team, "pixel ({x}, {y}) = {p:?}");
                    checked += 1;
                }
            }
            x += 2.0;
        }
        y += 2.0;
    }
    checked
}

#[test]
fn the_drawn_classroom_map_agrees_with_the_ranking_under_each_pixel() {
    use kai_engine::map_view::{Cursor, importances_at};
    let d = cities();
    let m = ScoreMatrix::new(&d);
    let equal = Weights::equal(3);
    // About 11 000 pixels of the triangle (side 300, 2-unit grid, ~39 000 / 4 / 0.9).
    assert!(drawn_map_agrees(&m, &equal, 0, 1) > 9_000);
    let s = section(&m, &equal, 0, 1).unwrap();
    let map = winner_map(&s.matrix).unwrap();
    // Four regions: every city can win (see `cities`).
    let ids: Vec<&str> = map.regions.iter().map(|r| d.teams[r.team].id.as_str()).collect();
    assert_eq!(ids, ["item-1", "item-2", "item-3", "item-4"]);
    // The corners, through the cursor a reader moves and the slider values Enter applies.
    for (corner, want) in [([20, 0, 0], "item-1"), ([0, 20, 0], "item-3"), ([0, 0, 20], "item-4")] {
        let w = Weights::new(importances_at(&s, Cursor(corner).point())).unwrap();
        assert_eq!(d.teams[rank_matrix(&m, &w).rows[0].team].id, want, "{corner:?}");
    }
    // (0, ½, ½) is 나래's; its slider values are whole steps: 0 %, 50 %, 50 % → 0, 1, 1 → ×10.
    assert_eq!(importances_at(&s, Cursor([0, 10, 10]).point()), [0.0, 10.0, 10.0]);
}

#[test]
fn the_drawn_kai_section_agrees_with_the_ranking_under_each_pixel() {
    let (m, _) = stage_one();
    // Sections through unequal weights: the rest keeps the proportion 3 : 1 of these.
    let w = Weights::new(vec![5.0, 4.0, 6.0, 2.0]).unwrap();
    for (a, b) in [(0, 1), (1, 3), (2, 3)] {
        assert!(drawn_map_agrees(&m, &w, a, b) > 9_000, "{a}{b}");
    }
}
