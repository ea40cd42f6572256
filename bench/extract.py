"""Time parse + extract on one core against a single regular-expression pass (the floor).

    uv run python bench/extract.py [--n 20000]

Texts: the dev set and the seed articles (``../shared`` next to the repository), repeated
until ``--n`` documents. Prints documents/second for parse+extract, for extract alone, for
``re.findall(r"\\d+", text)`` over the same texts, and the ratio to that floor.
"""

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.core.extract import extract  # noqa: E402
from pipeline.core.model import Article, RawDocument  # noqa: E402

SHARED = ROOT.parent / "shared"


def load_texts() -> list[str]:
    texts = []
    dev = SHARED / "devsets" / "gvdb_dev.jsonl"
    if dev.exists():
        texts += [json.loads(line)["text"] for line in dev.read_text().splitlines() if line]
    seeds = SHARED / "seeds"
    if seeds.exists():
        texts += [p.read_text() for p in sorted(seeds.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no texts under {SHARED}")
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000)
    args = ap.parse_args()
    base = load_texts()
    texts = (base * (args.n // len(base) + 1))[: args.n]
    kb = sum(len(t.encode()) for t in texts) / len(texts) / 1024

    try:
        from pipeline.core.parse import parse_article
    except ImportError:  # the parser is another module; time extract alone then
        parse_article = None

    docs = [
        RawDocument(doc_id=str(i), source_file="bench.txt", raw_text=t) for i, t in enumerate(texts)
    ]
    t0 = time.perf_counter()
    n_claims = 0
    articles = []
    for d in docs:
        art = parse_article(d) if parse_article else Article(article_id=d.doc_id, body=d.raw_text)
        articles.append(art)
        n_claims += len(extract(art).claims)
    full = time.perf_counter() - t0

    t0 = time.perf_counter()
    for art in articles:
        extract(art)
    only = time.perf_counter() - t0

    digits = re.compile(r"\d+")
    t0 = time.perf_counter()
    for t in texts:
        digits.findall(t)
    floor = time.perf_counter() - t0

    n = len(texts)
    print(f"documents            {n} (mean {kb:.1f} KB), {n_claims} claims")
    label = "parse+extract" if parse_article else "extract (no parser)"
    print(f"{label:20} {n / full:,.0f} docs/s")
    print(f"{'extract alone':20} {n / only:,.0f} docs/s")
    print(f"{'regex floor':20} {n / floor:,.0f} docs/s")
    print(f"{'ratio to floor':20} {full / floor:.1f}x slower (extract alone {only / floor:.1f}x)")


if __name__ == "__main__":
    main()
