#!/usr/bin/env python3
"""The independent oracle: the K-AI ranking computed from data/kai-2025.json WITHOUT the crate.

Why: every browser and CLI check used to ask `kai-rank` for the expected order, i.e. the same
`rank()` that was under test. This script re-derives the ranking from the documented rules
(README "The data", the module docs of crates/engine/src/rank.rs) in plain Python with exact
fractions, and writes tests/golden/kai-rankings.json, which the CLI tests
(crates/kai-rank/tests/golden.rs), the wasm tests (tests/web_widget.rs), Playwright
(tests/e2e/helpers.mjs) and the LineUp.js comparison (tests/bench/compare.mjs) assert.

Rules, as documented (not read from the engine's code):
  - shares = weights / sum(weights); all-zero weights are the explicit "no ranking" state:
    every team rank 1, score 0, dataset order, all complete (no criterion weighs anything).
  - score = sum(share x score) over criteria with a non-zero weight.
  - a team missing a score on a criterion with non-zero weight is *incomplete*: ranked after
    every complete team, "among themselves by their partial score" (the sum over the scores
    it has), and flagged (complete = false). A zero-weight criterion ignores missing scores.
  - equal scores share a competition rank (1, 2, 2, 4) and keep dataset order. The engine
    counts scores within 1e-9 (TIE_EPSILON) as equal to absorb float noise; here the
    arithmetic is exact (Fraction), so ties are exact equality, and `compute` checks that no
    two different scores are within 1e-6 of each other, so the epsilon cannot matter.
  - Resolved by the CLI's observable output because the docs are silent: incomplete teams
    with equal partial scores share a rank too (Motif, Konan and KAIST, all without scores,
    share rank 8 under equal weights), and ranks keep counting across the complete/incomplete
    boundary (the first incomplete team after five complete ones is rank 6). A complete and an
    incomplete team never share a rank, even at equal scores (they are in different groups).
  - the top-N set: the first `size` rows for the dataset's first cut line (the real selection,
    5); `tie_at_line` says whether the last row above and the first below share a rank.

Gates (a minimum score per criterion) and rounds are coming to the engine and data; the data
has none yet. A case may carry "gates": {criterion: minimum}; `group_of` is the one place that
puts a team in its group (complete, then incomplete); a gated team will get its own group.
TODO(gates): once the engine documents where gated teams go relative to incomplete ones, add
that group in `group_of` and gated cases to CASES.

Hand-worked check (equal weights, shares 1/4 each; asserted by `self_check` below):
  LG AI    (8.5 + 7.0 + 8.0 + 7.5) / 4 = 31.0 / 4 = 7.75   rank 1
  SKT      (7.0 + 9.0 + 8.5 + 6.0) / 4 = 30.5 / 4 = 7.625  rank 2
  Naver    (7.5 + 8.0 + 6.5 + 8.0) / 4 = 30.0 / 4 = 7.5    rank 3
  Upstage  (6.0 + 6.0 + 7.5 + 8.5) / 4 = 28.0 / 4 = 7.0    rank 4
  NC AI    (6.5 + 7.5 + 8.0 + 4.0) / 4 = 26.0 / 4 = 6.5    rank 5   (cut: these five)
  KT       (5.0 + 3.5 + 7.0 + -  ) / 4 = 15.5 / 4 = 3.875  rank 6, incomplete (no global)
  Kakao    (4.5 + 3.0 + -   + -  ) / 4 =  7.5 / 4 = 1.875  rank 7, incomplete
  Motif, Konan, KAIST: no scores, partial 0, rank 8 shared, dataset order.

Usage: python3 scripts/golden.py            # (re)write tests/golden/kai-rankings.json
       python3 scripts/golden.py --check    # exit 1 if the committed file is stale
"""

import argparse
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
    {"name": "40-30-20-10/performance-end", "weights": [100, 30, 20, 10], "lineup": True},
    {"name": "40-30-20-10/global+1", "weights": [40, 30, 20, 11], "lineup": True},
    {"name": "40-30-20-10/global-end", "weights": [40, 30, 20, 100], "lineup": True},
    {"name": "40-30-20-10/global-end/performance-home", "weights": [0, 30, 20, 100]},
]

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


def group_of(missing, gated):
    """Ranking group (lower first): complete teams, then incomplete ones.

    TODO(gates): a team failing a gate is ranked apart; its group is added here once the engine
    documents it. Until the data has gates, `gated` is always False.
    """
    assert not gated, "gates are not in the data yet: see TODO(gates)"
    return 1 if missing else 0


def compute(data, weights, gates=None):
    """The ranking under `weights` (one per criterion): a list of row dicts in display order."""
    crit = [c["id"] for c in data["criteria"]]
    assert len(weights) == len(crit), f"{len(weights)} weights for {len(crit)} criteria"
    table = score_table(data)
    ids = list(table)
    w = [exact(x) for x in weights]
    total = sum(w)
    if total == 0:
        return [{"team": t, "rank": 1, "score": Fraction(0), "complete": True} for t in ids]
    shares = [x / total for x in w]
    rows = []
    for pos, t in enumerate(ids):
        missing = [c for c, (s, v) in enumerate(zip(shares, table[t])) if s > 0 and v is None]
        score = sum((s * v for s, v in zip(shares, table[t]) if s > 0 and v is not None),
                    Fraction(0))
        gated = False  # TODO(gates): any(v < gates[c] ...) once the data has gates
        if gates:
            raise NotImplementedError("gates: see TODO(gates)")
        rows.append({"team": t, "pos": pos, "score": score, "complete": not missing,
                     "group": group_of(missing, gated)})
    rows.sort(key=lambda r: (r["group"], -r["score"], r["pos"]))
    for i, r in enumerate(rows):
        prev = rows[i - 1] if i else None
        if prev and prev["group"] == r["group"] and prev["score"] == r["score"]:
            r["rank"] = prev["rank"]
        else:
            r["rank"] = i + 1
            if prev and prev["group"] == r["group"]:
                assert prev["score"] - r["score"] > SEPARATION, "near tie: epsilon would matter"
    return [{k: r[k] for k in ("team", "rank", "score", "complete")} for r in rows]


def two_decimals(f):
    """A Fraction rounded half-up to 2 decimals, as a JSON number."""
    d = (Decimal(f.numerator) / Decimal(f.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return float(d)


def ties_among_incomplete(rows):
    """How many rows share the rank of the row before them within the incomplete group."""
    return sum(1 for a, b in zip(rows, rows[1:])
               if not a["complete"] and not b["complete"] and a["rank"] == b["rank"])


def case_entry(data, name, weights, preset=None, lineup=False):
    rows = compute(data, weights)
    cut = data["cut_lines"][0]
    size = min(cut["size"], len(rows))
    no_ranking = sum(exact(x) for x in weights) == 0
    entry = {
        "name": name,
        "preset": preset,
        "weights": weights,
        "no_ranking": no_ranking,
        "order": [r["team"] for r in rows],
        "ranks": [r["rank"] for r in rows],
        "scores": [two_decimals(r["score"]) for r in rows],
        "complete": [r["complete"] for r in rows],
        "top": [r["team"] for r in rows[:size]],
        "tie_at_line": 0 < size < len(rows) and rows[size - 1]["rank"] == rows[size]["rank"],
        # LineUp.js leaves a missing score missing even where its criterion weighs 0, and its
        # order within a tie is its own: only all-positive weightings without ties qualify.
        "lineup": lineup and all(exact(x) > 0 for x in weights)
        and len(set(r["rank"] for r in rows)) == len(rows) - ties_among_incomplete(rows),
    }
    return entry


def build(data):
    crit = [c["id"] for c in data["criteria"]]
    cases = []
    for p in data["presets"]:
        weights = [p["weights"].get(c, 0) for c in crit]
        cases.append(case_entry(data, "preset:" + p["id"], weights, p["id"], lineup=True))
    for c in CASES:
        cases.append(case_entry(data, c["name"], c["weights"], None, c.get("lineup", False)))
    cut = data["cut_lines"][0]
    return {
        "about": "Generated by scripts/golden.py from data/kai-2025.json without the crate; "
                 "regenerate deliberately when the data changes (--check fails otherwise). "
                 "Scores are rounded half-up to 2 decimals; 'lineup' marks cases where every "
                 "criterion weighs > 0 and no complete teams tie, so LineUp.js ranks the same.",
        "criteria": crit,
        "cut": {"id": cut["id"], "size": cut["size"]},
        "cases": cases,
    }


def self_check(data):
    """The hand-worked equal-weights case of the module docstring."""
    got = compute(data, [1, 1, 1, 1])
    want = [("lg-ai", 1, Fraction(31, 4), True), ("skt", 2, Fraction(61, 8), True),
            ("naver-cloud", 3, Fraction(15, 2), True), ("upstage", 4, Fraction(7), True),
            ("nc-ai", 5, Fraction(13, 2), True), ("kt", 6, Fraction(31, 8), False),
            ("kakao", 7, Fraction(15, 8), False), ("motif", 8, Fraction(0), False),
            ("konan", 8, Fraction(0), False), ("kaist", 8, Fraction(0), False)]
    have = [(r["team"], r["rank"], r["score"], r["complete"]) for r in got]
    if have != want:
        sys.exit(f"golden.py self-check failed:\n  got  {have}\n  want {want}")


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
