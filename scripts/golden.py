#!/usr/bin/env python3
"""An independent oracle for the K-AI ranking: reads data/kai-2025.json directly (no Rust, no
crate code) and writes tests/golden/kai-rankings.json, which the engine tests, the CLI tests,
the wasm tests and Playwright all assert against.

Why a second implementation: a test that asks `kai-rank` for the expected order checks the
engine against itself. This script follows the rules as README "The data" states them:

- shares = weights / largest weight, then / their sum (so huge weights cannot overflow);
  all-zero weights give no ranking at all (no rank, no score for anyone);
- score = sum of share x score over the criteria with a non-zero share;
- a team missing a score on a criterion with a non-zero share has no score and no rank, and is
  listed after the others in dataset order;
- a gate (criterion -> minimum) puts a team whose known score is below the minimum out: it keeps
  its score, has no rank, and is listed after the ranked teams by score;
- ranked teams by score, highest first; scores within 1e-9 of their group's top share a rank
  (1, 2, 2, 4) and keep dataset order;
- a round ranks only its participants; its line gives `size` places by score among teams with a
  score (gated ones included); a gated team loses its place and nobody takes it over.

Hand-worked check (case "stage-one preset"): performance only, sovereignty at least 5, the five
stage-one teams. Performance: LG 9.0, SKT 8.0, Naver 7.5, Upstage 7.0, NC AI 6.0. Naver's
sovereignty is 4.0 < 5: out by the gate. Ranked: LG 1, SKT 2, Upstage 3, NC AI 4; the four
places by score are LG, SKT, Naver, Upstage; Naver's is lost: kept LG, SKT, Upstage, which is
what happened on 2026-01-15. `--check` asserts this case as well as comparing the file.

Usage: python3 scripts/golden.py          # rewrite tests/golden/kai-rankings.json
       python3 scripts/golden.py --check  # fail if the file differs from a fresh computation
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data", "kai-2025.json")
OUT = os.path.join(ROOT, "tests", "golden", "kai-rankings.json")
EPS = 1e-9

# Fixed weightings (criterion order: performance, sovereignty, industry, global), beside every
# preset of the data. Chosen to exercise missing scores (global or industry weighing 0 lets
# KT/Kakao/Motif compete), single criteria, and the all-zero state.
FIXED = [
    ("equal", [25, 25, 25, 25], None, None),
    ("40-30-20-10", [40, 30, 20, 10], None, None),
    ("industry-only", [0, 0, 100, 0], None, None),
    ("global-only", [0, 0, 0, 100], None, None),
    ("performance-only", [100, 0, 0, 0], None, None),
    ("10-20-30-40", [10, 20, 30, 40], None, None),
    ("sovereignty-industry", [0, 50, 50, 0], None, None),
    ("no-global", [30, 30, 40, 0], None, None),
    ("all-zero", [0, 0, 0, 0], None, None),
    ("huge", [1e308, 1e308, 1e308, 1e308], None, None),
    # Rounds and gates.
    ("selection-2025 equal", [25, 25, 25, 25], "selection-2025", None),
    ("stage-1 equal", [25, 25, 25, 25], "stage-1", None),
    ("stage-1 equal, sovereignty at least 5", [25, 25, 25, 25], "stage-1", {"sovereignty": 5}),
    ("stage-1 performance, sovereignty at least 7", [100, 0, 0, 0], "stage-1", {"sovereignty": 7}),
    ("stage-2 equal", [25, 25, 25, 25], "stage-2", None),
    ("stage-2 no-global", [30, 30, 40, 0], "stage-2", None),
]


def value(score):
    return score.get("value") if isinstance(score, dict) else score


def shares_of(weights):
    top = max(weights)
    if not (top > 0 and top != float("inf")):
        return None
    scaled = [w / top for w in weights]
    total = sum(scaled)
    return [w / total for w in scaled]


def rank_case(d, weights, round_id=None, gates=None):
    crit = [c["id"] for c in d["criteria"]]
    teams = d["teams"]
    rnd = next((r for r in d.get("rounds", []) if r["id"] == round_id), None)
    scope = [i for i, t in enumerate(teams) if rnd is None or t["id"] in rnd["participants"]]
    shares = shares_of(weights)
    gates = gates or {}
    rows = []
    for i in scope:
        t = teams[i]
        vals = [value(t["scores"].get(c)) for c in crit]
        missing = [c for c, v, s in zip(crit, vals, shares or [0] * len(crit)) if s > 0 and v is None]
        score = None
        if shares is not None and not missing:
            score = sum(s * v for s, v in zip(shares, vals) if s > 0)
        below = [c for c, v in zip(crit, vals) if c in gates and v is not None and v < gates[c] - EPS]
        rows.append({"i": i, "id": t["id"], "score": score, "missing": missing, "below": below})
    ranked = sorted([r for r in rows if r["score"] is not None and not r["below"]], key=lambda r: (-r["score"], r["i"]))
    gated = sorted([r for r in rows if r["score"] is not None and r["below"]], key=lambda r: (-r["score"], r["i"]))
    unrankable = [r for r in rows if r["score"] is None]
    # Tie groups from the group's top, dataset order inside a group.
    out, k = [], 0
    while k < len(ranked):
        top = ranked[k]["score"]
        group = [r for r in ranked[k:] if top - r["score"] <= EPS]
        # take_while semantics: contiguous from k
        n = 0
        for r in ranked[k:]:
            if top - r["score"] <= EPS:
                n += 1
            else:
                break
        group = sorted(ranked[k:k + n], key=lambda r: r["i"])
        for r in group:
            r["rank"] = k + 1
        out.extend(group)
        k += n
    for r in gated + unrankable:
        r["rank"] = None
    result = {
        "rows": [
            {
                "id": r["id"],
                "rank": r["rank"],
                "score": None if r["score"] is None else round(r["score"], 4),
                "missing": r["missing"],
                "below_gates": r["below"],
            }
            for r in out + gated + unrankable
        ]
    }
    if rnd is not None:
        by_score = sorted([r for r in rows if r["score"] is not None], key=lambda r: (-r["score"], r["i"]))
        best = [r["id"] for r in by_score[: rnd["size"]]]
        result["kept"] = [r["id"] for r in out if r["id"] in best]
        result["gated_above"] = [r["id"] for r in by_score[: rnd["size"]] if r["below"]]
    return result


def compute():
    d = json.load(open(DATA, encoding="utf-8"))
    crit = [c["id"] for c in d["criteria"]]
    cases = []
    for p in d["presets"]:
        w = [float(p["weights"].get(c, 0)) for c in crit]
        case = {"name": f"preset {p['id']}", "preset": p["id"], "weights": w, "round": p.get("round"), "gates": p.get("gates") or {}}
        case.update(rank_case(d, w, p.get("round"), p.get("gates")))
        cases.append(case)
    for name, w, rnd, gates in FIXED:
        case = {"name": name, "preset": None, "weights": [float(x) for x in w], "round": rnd, "gates": gates or {}}
        case.update(rank_case(d, [float(x) for x in w], rnd, gates))
        cases.append(case)
    return {
        "about": "Computed by scripts/golden.py from data/kai-2025.json without the crate; regenerate with `python3 scripts/golden.py` when the data changes.",
        "data_version": d["version"],
        "criteria": crit,
        "cases": cases,
    }


def text(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def main():
    doc = compute()
    stage_one = next(c for c in doc["cases"] if c["preset"] == "stage-one")
    assert stage_one["kept"] == ["lg-ai", "skt", "upstage"], stage_one["kept"]
    assert stage_one["gated_above"] == ["naver-cloud"], stage_one
    assert [r["rank"] for r in stage_one["rows"]] == [1, 2, 3, 4, None], stage_one["rows"]
    if "--check" in sys.argv:
        current = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        if current != text(doc):
            print("tests/golden/kai-rankings.json is stale: run python3 scripts/golden.py")
            return 1
        print(f"golden ok: {len(doc['cases'])} cases")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    open(OUT, "w", encoding="utf-8").write(text(doc))
    print(f"wrote {OUT}: {len(doc['cases'])} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
