"""How long a run takes to absorb a few new articles into a large warehouse.

Builds an inbox of N articles (the seeds and the mixed test inbox, varied so that each
copy is a distinct text), runs the whole pipeline once, then adds K new articles and runs
again, printing the wall time of each asset step of the second run.

    uv run python bench/incremental.py [N] [K]        # default 20000 100
"""

import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

PLACES = ["Norvik", "Eastvale", "Port Amsel", "Kirovo", "Saint Mara", "Tell Hadid", "Oruba"]


def templates() -> list[str]:
    from tests.conftest import FIXTURES, SEEDS

    files = [*SEEDS.glob("*.txt"), *(FIXTURES / "mixed_inbox").glob("*.txt")]
    return [f.read_text(encoding="utf-8") for f in files]


def write_articles(folder: Path, start: int, count: int, texts: list[str]) -> None:
    rng = random.Random(start)
    for i in range(start, start + count):
        text = texts[i % len(texts)]
        # a distinct text per file: a dated dateline-like first line and a place
        day = 1 + i % 28
        text = f"{rng.choice(PLACES)} report {i}, {day} March 2024\n\n{text}"
        (folder / f"article-{i:07d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    from tests.conftest import run_pipeline

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    texts = templates()
    tmp = Path(tempfile.mkdtemp(prefix="ledger-bench-"))
    try:
        inbox = tmp / "inbox"
        inbox.mkdir()
        write_articles(inbox, 0, n, texts)
        started = time.perf_counter()
        run_pipeline(inbox, tmp / "ledger.duckdb", tmp / "releases")
        first = time.perf_counter() - started
        write_articles(inbox, n, k, texts)
        started = time.perf_counter()
        second = run_pipeline(inbox, tmp / "ledger.duckdb", tmp / "releases")
        incremental = time.perf_counter() - started
        print(f"first run over {n} articles: {first:.1f} s ({n / first:.0f} articles/s)")
        print(f"second run, {k} new articles: {incremental:.1f} s")
        steps = {}
        for event in second.result.all_events:
            if event.event_type_value == "STEP_SUCCESS":
                steps[event.step_key] = event.event_specific_data.duration_ms / 1000
        for step, seconds in sorted(steps.items(), key=lambda kv: -kv[1])[:12]:
            print(f"  {step:45s} {seconds:6.2f} s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
