"""Time parse + extract on one core against a single regular-expression pass (the floor).

    uv run python bench/extract.py [--n 20000]

The one-time set-up (loading the place gazetteer on the first article) is timed and printed
apart; the documents/second figures are the steady state a long run sees.

Texts: the dev set and the seed articles (``../shared`` next to the repository), repeated
until ``--n`` documents (the extractor keeps no per-text cache, so a repeat costs as much as
a new text). Prints documents/second for parse+extract, for extract alone, and for two
single-pass regular expressions over the same texts:

* the floor, ``FLOOR_RE``: what the most naive casualty extractor would have to run, one
  compiled alternation matching a count (digits or a number word) followed within four words
  by a casualty word ("12 people were killed", "three soldiers wounded"). One ``findall`` per
  text, nothing else: no sentence splitting, no parsing of the number, no attribution;
* ``re.findall(r"\\d+", text)``, printed for reference only (it is too cheap to be a fair
  floor: it does not even look for a casualty word).
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
from pipeline.native import running, state  # noqa: E402

SHARED = ROOT.parent / "shared"

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|thousand|dozen|dozens|scores|hundreds|thousands|several"
)
_CASUALTY_WORDS = (
    "killed|dead|died|deaths?|wounded|injured|injuries|hurt|shot|casualties|fatalities|"
    "missing|captured|hospitali[sz]ed"
)
# the floor: a count followed within four words by a casualty word, in one pass
FLOOR_RE = re.compile(
    rf"\b(?:\d[\d,]*|(?:{_NUMBER_WORDS}))\b(?:\W+\w+){{0,4}}?\W+(?:{_CASUALTY_WORDS})\b",
    re.IGNORECASE,
)
DIGITS_RE = re.compile(r"\d+")
_WARM_UP = "Two people were killed in Kharkiv on Monday, officials said."


def _time_regex(rx: re.Pattern, texts: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    hits = 0
    for t in texts:
        hits += len(rx.findall(t))
    return time.perf_counter() - t0, hits


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

    def parse(d: RawDocument) -> Article:
        return parse_article(d) if parse_article else Article(article_id=d.doc_id, body=d.raw_text)

    # one-time set-up, timed apart: the first article with a place loads the gazetteer
    # (pipeline.core.places), once per process, whatever the number of articles after it
    t0 = time.perf_counter()
    extract(parse(RawDocument(doc_id="warm", source_file="bench.txt", raw_text=_WARM_UP)))
    setup = time.perf_counter() - t0

    # one document at a time, as the pipeline streams them: nothing is kept but a count (keeping
    # 20,000 parsed articles alive would time the garbage collector as much as the extractor)
    t0 = time.perf_counter()
    n_claims = 0
    for d in docs:
        n_claims += len(extract(parse(d)).claims)
    full = time.perf_counter() - t0

    articles = [parse(d) for d in docs]

    t0 = time.perf_counter()
    for art in articles:
        extract(art)
    only = time.perf_counter() - t0

    floor, floor_hits = _time_regex(FLOOR_RE, texts)
    digits, _ = _time_regex(DIGITS_RE, texts)

    n = len(texts)
    print(f"extractor            {running()} (build: {state()}; `make native` compiles it)")
    print(f"one-time set-up      {setup:.2f} s (the place gazetteer, before the timed runs)")
    print(f"documents            {n} (mean {kb:.1f} KB), {n_claims} claims")
    label = "parse+extract" if parse_article else "extract (no parser)"
    print(f"{label:20} {n / full:,.0f} docs/s")
    print(f"{'extract alone':20} {n / only:,.0f} docs/s")
    print(f"floor regex          {FLOOR_RE.pattern[:70]}... ({floor_hits:,} matches)")
    print(f"{'regex floor':20} {n / floor:,.0f} docs/s")
    print(f"{'ratio to floor':20} {full / floor:.1f}x slower (extract alone {only / floor:.1f}x)")
    print(f"{DIGITS_RE.pattern + ' (reference)':20} {n / digits:,.0f} docs/s")
    print(f"{'ratio to ' + DIGITS_RE.pattern:20} {full / digits:.1f}x slower")


if __name__ == "__main__":
    main()
