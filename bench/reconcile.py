"""Measure incident grouping and figure accuracy on a hand-labelled inbox.

Runs the whole pipeline (in process) over tests/fixtures/mixed_inbox/ plus seeds/ into a
temporary folder and compares with tests/fixtures/mixed_expected.yaml:

- grouping: pairwise precision / recall / F1 over pairs of articles put in one incident;
- figures: the share of expected (incident, party, metric, subject) figures whose best
  value matches.

    uv run python bench/reconcile.py
"""

import itertools
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


def pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in itertools.combinations(g, 2)}


def main() -> None:
    from tests.conftest import FIXTURES, SEEDS, run_pipeline

    gold = yaml.safe_load((FIXTURES / "mixed_expected.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        shutil.copytree(FIXTURES / "mixed_inbox", inbox)
        for seed in SEEDS.iterdir():
            shutil.copy(seed, inbox / seed.name)
        started = time.perf_counter()
        run = run_pipeline(inbox, Path(tmp) / "ledger.duckdb", Path(tmp) / "releases")
        elapsed = time.perf_counter() - started
        con = duckdb.connect(str(run.warehouse), read_only=True)
        found = [
            files
            for _, files in con.execute(
                "select m.incident_id, list(d.source_file order by d.source_file) "
                "from reconciled.incident_articles m "
                "join raw.documents d on d.doc_id = m.article_id group by all"
            ).fetchall()
        ]
        expected = [sorted(i["files"]) for i in gold["incidents"]]
        got, want = pairs(found), pairs(expected)
        precision = len(got & want) / len(got) if got else 1.0
        recall = len(got & want) / len(want) if want else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        matched, total, misses = 0, 0, []
        for incident in gold["incidents"]:
            for fig in incident["figures"]:
                total += 1
                rows = con.execute(
                    "select distinct f.best from reconciled.figures f "
                    "join reconciled.incident_articles m using (incident_id) "
                    "join raw.documents d on d.doc_id = m.article_id "
                    "where d.source_file = ? and f.party is not distinct from ? "
                    "and f.metric = ? and f.subject = ?",
                    [incident["files"][0], fig["party"], fig["metric"], fig["subject"]],
                ).fetchall()
                bests = [r[0] for r in rows]
                if bests == [fig["best"]]:
                    matched += 1
                else:
                    misses.append(f"{incident['name']}: {fig} -> {bests or 'no figure'}")
        con.close()
    print(
        f"articles: {sum(len(g) for g in expected)}, incidents expected {len(expected)}, "
        f"found {len(found)}"
    )
    print(f"grouping (pairwise): precision {precision:.2f} recall {recall:.2f} F1 {f1:.2f}")
    print(f"figures: {matched}/{total} best values match ({matched / total:.0%})")
    for miss in misses:
        print(f"  miss: {miss}")
    print(f"pipeline wall time: {elapsed:.1f} s")


if __name__ == "__main__":
    main()
