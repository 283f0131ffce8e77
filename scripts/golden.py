#!/usr/bin/env python3
"""The independent oracle: the K-AI ranking computed from data/kai-2025.json WITHOUT the crate.

Why: every browser and CLI check used to ask `kai-rank` for the expected order, i.e. the same
`rank()` that was under test. This script re-derives the ranking from the documented rules
(README "The data", the module docs of crates/engine/src/rank.rs) in plain Python with exact
fractions, and writes tests/golden/kai-rankings.json, which the CLI tests
(crates/kai-rank/tests/golden.rs), the wasm tests (tests/web_widget.rs), Playwright
(tests/e2e/helpers.mjs) and the LineUp.js comparison (tests/bench/compare.mjs) assert.

Rules, as documented in README "The data" (not read from the engine's code):
  - a case ranks one round's participants (default: the latest evaluation with a real
    outcome, `stage-1`); shares = weights / sum(weights); all-zero weights: no ranking at all
    (no rank, no score, dataset order).
  - score = sum(share x score) over criteria with a non-zero weight.
  - missing is missing: a team lacking a score on a criterion with non-zero weight has no
    score and no rank, listed after the others in dataset order; a zero-weight criterion
    ignores missing scores.
  - a requirement (gate, criterion -> minimum) puts a team whose known score is below it out:
    it keeps its score, has no rank, and is listed after the ranked teams by score.
  - ranked teams: higher score first; equal scores share a competition rank (1, 2, 2, 4) and
    keep dataset order. The engine counts scores within 1e-9 as equal; here the arithmetic is
    exact (Fraction) and `compute` checks no two different scores are within 1e-6.
  - the line: the round's planned size (kept within 1..teams-1) of places by score among the
    teams with a score (gated ones included); a gated team's place is lost, not passed on
    ("top" = the teams kept; "gated_above" = places lost); `tie_at_line` when the last kept
    and the first ranked below share a rank.

The weight model (README "The weight model"; not read from crates/engine/src/importance.rs):
  the widget's sliders, URLs and presets hold an importance 0-10 per criterion (whole steps,
  default 5); shares are importances over their sum, so ranking cases may be written in either
  scale. An older share-style link (a value above 10, or a sum above 10 x criteria) is scaled
  to importances with exactly the same shares: all equal -> 5 each; whole numbers -> divided
  by their greatest common divisor, then multiplied by the largest whole factor that keeps
  every value <= 10; otherwise the largest becomes 10 and the rest exact (off-step). The
  "share_links" list of the golden file holds such links and the importances they load as.

Hand-worked checks (asserted by `self_check` below):
  Equal weights, stage one (shares 1/4): LG (9 + 7 + 8 + 7.5) / 4 = 7.875 rank 1;
  SKT (8 + 9 + 8.5 + 5) / 4 = 7.625 rank 2; Upstage (7 + 7 + 7.5 + 8.5) / 4 = 7.5 rank 3;
  Naver (7.5 + 4 + 6.5 + 8) / 4 = 6.5 and NC AI (6 + 8 + 8 + 4) / 4 = 6.5 share rank 4.
  "As in stage one" (performance only, sovereignty at least 5): LG 9, SKT 8, Upstage 7,
  NC AI 6 ranked 1-4; Naver 7.5 but sovereignty 4 < 5: out. The four places by score are LG,
  SKT, Naver, Upstage; Naver's is lost: kept LG, SKT, Upstage — what happened on 2026-01-15.

Usage: python3 scripts/golden.py            # (re)write tests/golden/kai-rankings.json
       python3 scripts/golden.py --check    # exit 1 if the committed file is stale
"""

import argparse
from math import gcd
import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "kai-2025.json"
GOLDEN = ROOT / "tests" / "golden" / "kai-rankings.json"

# Fixed weightings (criterion order: performance, sovereignty, industry, global), besides every
# preset of the data. "lineup" marks the cases the LineUp.js comparison may assert: LineUp
# treats a missing score as missing even where its criterion weighs 0, so only weightings where
# every criterion weighs > 0 (missing always counts) and no complete teams tie rank the same
# there (the incomplete teams then come in dataset order, which is also their partial-score
# order in this data: KT, Kakao, then the three without scores).
CASES = [
    {"name": "equal", "weights": [1, 1, 1, 1], "lineup": True},
    {"name": "40-30-20-10", "weights": [40, 30, 20, 10], "lineup": True},
    {"name": "industry-only", "weights": [0, 0, 100, 0]},
    {"name": "global-only", "weights": [0, 0, 0, 100]},
    {"name": "performance-only", "weights": [100, 0, 0, 0]},
    {"name": "10-20-30-40", "weights": [10, 20, 30, 40], "lineup": True},
    {"name": "sovereignty-industry", "weights": [0, 50, 50, 0]},
    {"name": "all-zero", "weights": [0, 0, 0, 0]},
    # Where the Playwright tests' keyboard moves land (tests/e2e: End on performance from equal
    # and from 40,30,20,10; ArrowRight, End on global then Home on performance from 40,30,20,10).
    {"name": "performance-end", "weights": [100, 25, 25, 25], "lineup": True},
    {"name": "global-end", "weights": [25, 25, 25, 100], "lineup": True},
    {"name": "40-30-20-10/performance-end", "weights": [100, 30, 20, 10], "lineup": True},
    {"name": "40-30-20-10/global+1", "weights": [40, 30, 20, 11], "lineup": True},
    {"name": "40-30-20-10/global-end", "weights": [40, 30, 20, 100], "lineup": True},
    {"name": "40-30-20-10/global-end/performance-home", "weights": [0, 30, 20, 100]},
    # The same keyboard moves in the importance model (sliders start at 5 of 10; 8,6,4,2 is
    # the share link 40,30,20,10 as importances). Hand-worked shares: End on performance from
    # equal gives 10,5,5,5 = 40/20/20/20 %; Home on performance gives 0,5,5,5 = 0/33/33/33 %.
    {"name": "importance/performance-end", "weights": [10, 5, 5, 5], "lineup": True},
    {"name": "importance/performance-home", "weights": [0, 5, 5, 5]},
    {"name": "importance/global-end", "weights": [5, 5, 5, 10], "lineup": True},
    {"name": "importance/global+1", "weights": [5, 5, 5, 6], "lineup": True},
    {"name": "importance/8-6-4-2/performance-end", "weights": [10, 6, 4, 2], "lineup": True},
    {"name": "importance/8-6-4-2/global+1", "weights": [8, 6, 4, 3], "lineup": True},
    {"name": "importance/8-6-4-2/global-end", "weights": [8, 6, 4, 10], "lineup": True},
    {"name": "importance/8-6-4-2/global-end/performance-home", "weights": [0, 6, 4, 10]},
    {"name": "importance/8-6-4-2/performance-home", "weights": [0, 6, 4, 2]},
    # Other rounds and requirements.
    {"name": "selection-2025/equal", "weights": [1, 1, 1, 1], "round": "selection-2025"},
    {"name": "selection-2025/no-global", "weights": [30, 30, 40, 0], "round": "selection-2025"},
    {"name": "selection-2025/industry-only", "weights": [0, 0, 100, 0], "round": "selection-2025"},
    {"name": "stage-2/equal", "weights": [1, 1, 1, 1], "round": "stage-2"},
    {"name": "stage-1/equal/sovereignty>=5", "weights": [1, 1, 1, 1], "gates": {"sovereignty": 5}},
    {"name": "stage-1/performance/sovereignty>=7", "weights": [100, 0, 0, 0],
     "gates": {"sovereignty": 7}},
    {"name": "huge", "weights": [1e300, 1e300, 1e300, 1e300]},
]

# Links written before the importance model (share-style weights) and links in importances:
# what the sliders load (see "The weight model" above).
SHARE_LINKS = [[40, 30, 20, 10], [25, 25, 25, 25], [100, 25, 25, 25], [0, 0, 100, 0],
               [40, 15, 30, 15], [20, 50, 15, 15], [57, 14, 14, 15], [8, 6, 4, 2], [1, 1, 1, 1],
               [7.5, 0, 10, 2], [0, 0, 0, 0]]


def importances(raw):
    """What a `weights=` link loads as (exact fractions), per the module docstring."""
    raw = [exact(x) for x in raw]
    k = len(raw)
    if not (any(x > 10 for x in raw) or sum(raw) > 10 * k):
        return raw
    top = max(raw)
    if all(x == top for x in raw):
        return [Fraction(5)] * k
    if all(x.denominator == 1 for x in raw):
        g = 0
        for x in raw:
            g = gcd(g, int(x))
        reduced = [x / g for x in raw]
        if max(reduced) <= 10:
            m = 10 // int(max(reduced))
            return [x * m for x in reduced]
    return [x / top * 10 for x in raw]


# Different scores closer than this would make the engine's 1e-9 tie epsilon matter.
SEPARATION = Fraction(1, 10**6)


def exact(x):
    """A JSON number as an exact fraction (via its decimal text, so 7.5 is 15/2)."""
    return Fraction(Decimal(repr(x))) if isinstance(x, float) else Fraction(x)


def load(path=DATA):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def score_table(data):
    """{team id: [Fraction or None per criterion]} in dataset order."""
    crit = [c["id"] for c in data["criteria"]]
    table = {}
    for team in data["teams"]:
        row = []
        for c in crit:
            entry = (team.get("scores") or {}).get(c)
            value = entry.get("value") if isinstance(entry, dict) else entry
            row.append(None if value is None else exact(value))
        table[team["id"]] = row
    return table


def default_round(data):
    """The round every shell opens on: the latest evaluation with a real outcome (README "The
    data"), else the latest round with one, else the first; None without rounds."""
    rounds = data.get("rounds") or []
    decided = [r for r in rounds if r.get("actual") is not None]
    evaluations = [r for r in decided if r.get("kind", "evaluation") == "evaluation"]
    pick = (evaluations or decided or rounds or [None])[-1]
    return pick["id"] if pick else None


def round_of(data, rid):
    return next((r for r in data.get("rounds") or [] if r["id"] == rid), None)


def compute(data, weights, round_id=None, gates=None):
    """The ranking under `weights` (one per criterion) for the round's participants: a list of
    row dicts in display order (ranked, then out by a requirement, then not rankable)."""
    crit = [c["id"] for c in data["criteria"]]
    assert len(weights) == len(crit), f"{len(weights)} weights for {len(crit)} criteria"
    table = score_table(data)
    rnd = round_of(data, round_id)
    ids = [t for t in table if rnd is None or t in rnd["participants"]]
    gates = {crit.index(c): exact(v) for c, v in (gates or {}).items()}
    w = [exact(x) for x in weights]
    total = sum(w)
    if total == 0:
        # No ranking at all: no rank, no score, dataset order.
        return [{"team": t, "rank": None, "score": None, "complete": True, "gated": False}
                for t in ids]
    shares = [x / total for x in w]
    rows = []
    for pos, t in enumerate(ids):
        vals = table[t]
        missing = [c for c, (s, v) in enumerate(zip(shares, vals)) if s > 0 and v is None]
        score = None if missing else sum((s * v for s, v in zip(shares, vals) if s > 0), Fraction(0))
        gated = any(vals[c] is not None and vals[c] < m for c, m in gates.items())
        group = 2 if missing else (1 if gated else 0)
        rows.append({"team": t, "pos": pos, "score": score, "complete": not missing,
                     "gated": gated and not missing, "group": group})
    rows.sort(key=lambda r: (r["group"], -(r["score"] or 0), r["pos"]))
    for i, r in enumerate(rows):
        if r["group"] != 0:
            r["rank"] = None
            continue
        prev = rows[i - 1] if i else None
        if prev and prev["group"] == 0 and prev["score"] == r["score"]:
            r["rank"] = prev["rank"]
        else:
            r["rank"] = i + 1
            if prev and prev["group"] == 0:
                assert prev["score"] - r["score"] > SEPARATION, "near tie: epsilon would matter"
    return [{k: r[k] for k in ("team", "rank", "score", "complete", "gated")} for r in rows]


def two_decimals(f):
    """A Fraction rounded half-up to 2 decimals, as a JSON number (None stays None)."""
    if f is None:
        return None
    d = (Decimal(f.numerator) / Decimal(f.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return float(d)


def line(data, rows, round_id):
    """Who is kept above the round's line: the `size` best by score among the teams with one
    (gated ones included); a gated team's place is lost, not passed on."""
    rnd = round_of(data, round_id)
    n_teams = len(data["teams"])
    size = max(1, min(rnd["size"] if rnd else 5, n_teams - 1))
    # Dataset order breaks equal scores.
    order = list(score_table(data))
    scored = sorted([r for r in rows if r["score"] is not None],
                    key=lambda r: (-r["score"], order.index(r["team"])))
    best = [r["team"] for r in scored[:size]]
    ranked = [r for r in rows if r["rank"] is not None]
    kept = [r["team"] for r in ranked if r["team"] in best]
    gated_above = [r["team"] for r in scored[:size] if r["gated"]]
    n = len(kept)
    tie = 0 < n < len(ranked) and ranked[n - 1]["rank"] == ranked[n]["rank"]
    return size, kept, gated_above, tie


def case_entry(data, name, weights, preset=None, lineup=False, round_id=None, gates=None):
    rows = compute(data, weights, round_id, gates)
    size, kept, gated_above, tie = line(data, rows, round_id)
    no_ranking = sum(exact(x) for x in weights) == 0
    return {
        "name": name,
        "preset": preset,
        "round": round_id,
        "gates": gates or {},
        "weights": weights,
        "no_ranking": no_ranking,
        "order": [r["team"] for r in rows],
        "ranks": [r["rank"] for r in rows],
        "scores": [two_decimals(r["score"]) for r in rows],
        "complete": [r["complete"] for r in rows],
        "gated": [r["gated"] for r in rows],
        "size": size,
        "top": kept,
        "gated_above": gated_above,
        "tie_at_line": tie,
        # LineUp.js leaves a missing score missing even where its criterion weighs 0, knows no
        # requirement and orders ties its own way: only all-positive weightings without ties
        # or requirements qualify.
        "lineup": lineup and not gates and all(exact(x) > 0 for x in weights)
        and all(r["rank"] is not None for r in rows)
        and len(set(r["rank"] for r in rows)) == len(rows),
    }


def build(data):
    crit = [c["id"] for c in data["criteria"]]
    default = default_round(data)
    cases = []
    for p in data["presets"]:
        weights = [p["weights"].get(c, 0) for c in crit]
        cases.append(case_entry(data, "preset:" + p["id"], weights, p["id"], True,
                                p.get("round") or default, p.get("gates") or None))
    for c in CASES:
        cases.append(case_entry(data, c["name"], c["weights"], None, c.get("lineup", False),
                                c.get("round", default), c.get("gates")))
    return {
        "about": "Generated by scripts/golden.py from data/kai-2025.json without the crate; "
                 "regenerate deliberately when the data changes (--check fails otherwise). "
                 "Scores are rounded half-up to 2 decimals; null rank/score: not rankable "
                 "(missing score the weights need), out by a requirement (rank only), or all "
                 "weights zero. 'round' is the round ranked (its participants); 'top' the teams "
                 "kept above its line; 'lineup' marks cases LineUp.js ranks the same. "
                 "Weights are importances or shares (same ranking); 'share_links': what a "
                 "weights= link loads as on the sliders (README 'The weight model').",
        "criteria": crit,
        "default_round": default,
        "cases": cases,
        "share_links": [{"link": link, "importances": [float(x) for x in importances(link)]}
                        for link in SHARE_LINKS],
    }


def self_check(data):
    """The hand-worked cases of the module docstring."""
    for link, want in [([40, 30, 20, 10], [8, 6, 4, 2]), ([25, 25, 25, 25], [5, 5, 5, 5]),
                       ([100, 25, 25, 25], [8, 2, 2, 2]), ([0, 0, 100, 0], [0, 0, 10, 0]),
                       ([40, 15, 30, 15], [8, 3, 6, 3]), ([8, 6, 4, 2], [8, 6, 4, 2])]:
        if importances(link) != want:
            sys.exit(f"golden.py self-check (importances of {link}) failed: {importances(link)}")
    got = compute(data, [1, 1, 1, 1], "stage-1")
    F = Fraction
    want = [("lg-ai", 1, F(63, 8)), ("skt", 2, F(61, 8)), ("upstage", 3, F(15, 2)),
            ("naver-cloud", 4, F(13, 2)), ("nc-ai", 4, F(13, 2))]
    have = [(r["team"], r["rank"], r["score"]) for r in got]
    if have != want:
        sys.exit(f"golden.py self-check (equal, stage-1) failed:\n  got  {have}\n  want {want}")
    got = compute(data, [1, 0, 0, 0], "stage-1", {"sovereignty": 5})
    have = [(r["team"], r["rank"], r["score"], r["gated"]) for r in got]
    want = [("lg-ai", 1, F(9), False), ("skt", 2, F(8), False), ("upstage", 3, F(7), False),
            ("nc-ai", 4, F(6), False), ("naver-cloud", None, F(15, 2), True)]
    if have != want:
        sys.exit(f"golden.py self-check (stage one) failed:\n  got  {have}\n  want {want}")
    _, kept, gated_above, _ = line(data, got, "stage-1")
    if (kept, gated_above) != (["lg-ai", "skt", "upstage"], ["naver-cloud"]):
        sys.exit(f"golden.py self-check (stage-one line) failed: {kept} {gated_above}")


def render(doc):
    """Indented JSON with every list of plain values on one line (one field per line diffs)."""
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    flat = re.sub(r"\[\s*([^\[\]{}]*?)\s*\]",
                  lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text)
    return flat + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="fail if the committed golden file differs from a fresh computation")
    args = ap.parse_args()
    data = load()
    self_check(data)
    text = render(build(data))
    if args.check:
        old = GOLDEN.read_text(encoding="utf-8") if GOLDEN.exists() else ""
        if old != text:
            sys.exit(f"{GOLDEN.relative_to(ROOT)} is stale: run python3 scripts/golden.py "
                     "and review the diff")
        print(f"ok: {GOLDEN.relative_to(ROOT)} matches the data")
        return
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(text, encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
