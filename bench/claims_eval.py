"""Score the extractor claim by claim on articles annotated with their figures.

    uv run python bench/claims_eval.py [path.jsonl ...] [--misses out.jsonl]

Each JSONL line: ``id``, ``text`` (title line, blank line, body), optional ``title`` and
``published_at``, ``totals`` ({"killed", "wounded"}) and ``claims``: the figures the article
states, each with ``quote`` (the words holding the number), ``metric``, ``low``, ``high``,
``qualifier``, ``party``, ``subject``, ``claimant`` and ``is_background``.

Prints: article totals matched (as ``bench/eval.py`` scores GVDB), the share of annotated
figures found (same metric, low and high), and for the figures found how often party,
claimant, background flag and qualifier agree; plus the extracted figures no annotation
names (false positives among the article's own figures). Every disagreement is written to
the misses file for reading.
"""

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval import article_totals_of, to_article  # noqa: E402

from pipeline.core.extract import PARTY_NAMES, _abbreviates, _is_acronym, extract  # noqa: E402
from pipeline.core.model import Claim  # noqa: E402

DEFAULT_SETS = [ROOT / "bench" / "data" / "conflict_probe.jsonl"]
DEFAULT_MISSES = ROOT / "bench" / "out" / "claims_misses.jsonl"
FIELDS = ("party", "claimant", "is_background", "qualifier", "subject")


def _words(name: str | None) -> set[str]:
    return set(re.findall(r"[a-z]+", (name or "").lower())) - {"the", "of", "s", "and"}


def same_claimant(gold: str | None, got: str | None) -> bool:
    """Loose: both unattributed, or the names share most of their words ("Sudan Doctors
    Network" = "the Sudan Doctors Network"; "Ukraine Ministry of Defence" = "Ukrainian
    Defence Ministry" is not asked of this test, only a shared core); an armed group's
    acronym and full name are one claimant, and so are any body's acronym and name."""
    if not gold or not got:
        return not gold and not got
    if PARTY_NAMES.get(gold, gold) == PARTY_NAMES.get(got, got):
        return True  # one armed group's acronym and name: "BLA" = "Balochistan Liberation Army"
    for short, full in ((gold, got), (got, gold)):
        if _is_acronym(short) and _abbreviates(short, full.split()):
            return True  # a body and its acronym: "SOHR" = "Syrian Observatory for Human Rights"
    a, b = _words(gold), _words(got)
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= 0.5


def same(field: str, gold, got) -> bool:
    if field == "claimant":
        return same_claimant(gold, got)
    if field == "party":
        # "DR Congo" and "Democratic Republic of the Congo" are one party
        return (PARTY_NAMES.get(gold, gold) or "").lower() == (got or "").lower()
    return gold == got


def match(gold: list[dict], got: list[Claim]) -> list[tuple[dict, Claim | None]]:
    """Each annotated figure with the extracted claim of its metric and value (the one whose
    evidence holds the quote first), else None."""
    pairs, used = [], set()
    for g in gold:
        cands = [
            c
            for c in got
            if id(c) not in used
            and c.metric == g["metric"]
            and (c.low, c.high) == (g["low"], g["high"])
        ]
        cands.sort(key=lambda c: g["quote"] not in c.evidence)
        best = cands[0] if cands else None
        if best is not None:
            used.add(id(best))
        pairs.append((g, best))
    return pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(p) for p in DEFAULT_SETS])
    ap.add_argument("--misses", default=str(DEFAULT_MISSES))
    args = ap.parse_args()
    rows = [
        json.loads(line) for p in args.paths for line in Path(p).read_text().splitlines() if line
    ]
    articles = [to_article(r) for r in rows]
    extracted = [extract(a).claims for a in articles]
    totals = article_totals_of(articles, [c for cs in extracted for c in cs])

    n_tot = n_found = n_gold = n_fp = 0
    agree = dict.fromkeys(FIELDS, 0)
    misses = []
    for row, art, claims in zip(rows, articles, extracted, strict=True):
        casualty = [c for c in claims if c.kind == "casualty"]
        want = (row["totals"]["killed"], row["totals"]["wounded"])
        got_tot = (
            totals.get((art.article_id, "killed"), 0),
            totals.get((art.article_id, "wounded"), 0),
        )
        n_tot += want == got_tot
        pairs = match(row["claims"], casualty)
        problems = []
        if want != got_tot:
            problems.append({"totals": {"gold": want, "got": got_tot}})
        for g, c in pairs:
            n_gold += 1
            if c is None:
                problems.append({"missing": g})
                continue
            n_found += 1
            for f in FIELDS:
                ok = same(f, g.get(f), getattr(c, f))
                agree[f] += ok
                if not ok:
                    problems.append(
                        {f: {"gold": g.get(f), "got": getattr(c, f), "quote": g["quote"]}}
                    )
        matched = {id(c) for _, c in pairs if c is not None}
        for c in casualty:
            if id(c) not in matched and not c.is_background and c.parent_claim_id is None:
                n_fp += 1
                problems.append(
                    {
                        "extra": {
                            "metric": c.metric,
                            "low": c.low,
                            "high": c.high,
                            "party": c.party,
                            "claimant": c.claimant,
                            "evidence": c.evidence[:200],
                        }
                    }
                )
        if problems:
            misses.append({"id": row["id"], "problems": problems})

    out = Path(args.misses)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(m, default=str) + "\n" for m in misses))
    n = len(rows)
    print(f"articles            {n}")
    print(f"totals match        {n_tot / n:.1%}")
    print(f"figures found       {n_found / max(n_gold, 1):.1%} ({n_found}/{n_gold})")
    for f in FIELDS:
        print(f"  {f:<17} {agree[f] / max(n_found, 1):.1%}")
    print(f"extra figures       {n_fp} (own, top-level, not annotated)")
    print(f"misses written to   {out}")


if __name__ == "__main__":
    main()
