"""Time parse + extract on one core against a single regular-expression pass (the floor).

    uv run python bench/extract.py [--n 20000] [--chunk 500]

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

The texts are timed in chunks of ``--chunk`` documents, each chunk by the floor, then parse +
extract, then extract alone, so that a machine whose speed drifts (a shared one) slows all
three alike. Each rate is printed for the whole run (all documents over the sum of the chunks'
times), for the median chunk and for the best; each ratio for the whole run and the median
chunk. Which extractor ran is printed first: the mypyc build (``make native``) or the sources.
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
    ap.add_argument("--chunk", type=int, default=500, help="documents timed together")
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

    # The machine this runs on is shared and its speed drifts by a third within a minute, so
    # the texts are timed in chunks, each chunk by every contender in turn: the ratio of one
    # chunk's times compares them under the same conditions. Printed: the whole run's rate
    # (all documents over the sum of the chunks' times), the median chunk's and the best.
    # One document at a time, as the pipeline streams them: nothing is kept but a count
    # (keeping 20,000 parsed articles alive would time the garbage collector as much).
    times: dict[str, list[float]] = {"parse+extract": [], "extract alone": [], "floor": []}
    n_claims = floor_hits = 0
    chunks = range(0, len(docs), args.chunk)
    for start in chunks:
        chunk = docs[start : start + args.chunk]
        chunk_texts = texts[start : start + args.chunk]
        elapsed, hits = _time_regex(FLOOR_RE, chunk_texts)
        times["floor"].append(elapsed)
        floor_hits += hits
        t0 = time.perf_counter()
        for d in chunk:
            n_claims += len(extract(parse(d)).claims)
        times["parse+extract"].append(time.perf_counter() - t0)
        articles = [parse(d) for d in chunk]
        t0 = time.perf_counter()
        for art in articles:
            extract(art)
        times["extract alone"].append(time.perf_counter() - t0)
    digits, _ = _time_regex(DIGITS_RE, texts)

    n = len(texts)
    sizes = [len(docs[start : start + args.chunk]) for start in chunks]

    def rates(name: str) -> str:
        per_chunk = sorted(k / t for k, t in zip(sizes, times[name], strict=True))
        whole = n / sum(times[name])
        return (
            f"{whole:9,.0f} docs/s   median chunk {per_chunk[len(per_chunk) // 2]:7,.0f}"
            f"   best {per_chunk[-1]:7,.0f}"
        )

    def ratio(name: str) -> str:
        per_chunk = sorted(t / f for t, f in zip(times[name], times["floor"], strict=True))
        whole = sum(times[name]) / sum(times["floor"])
        return f"{whole:9.1f}x slower   median chunk {per_chunk[len(per_chunk) // 2]:6.1f}x"

    label = "parse+extract" if parse_article else "extract (no parser)"
    print(f"extractor            {running()} (build: {state()}; `make native` compiles it)")
    print(f"one-time set-up      {setup:.2f} s (the place gazetteer, before the timed runs)")
    print(f"documents            {n} (mean {kb:.1f} KB) in {len(sizes)} chunks, {n_claims} claims")
    print(f"{label:20} {rates('parse+extract')}")
    print(f"{'extract alone':20} {rates('extract alone')}")
    print(f"floor regex          {FLOOR_RE.pattern[:70]}... ({floor_hits:,} matches)")
    print(f"{'regex floor':20} {rates('floor')}")
    print(f"{'ratio to floor':20} {ratio('parse+extract')}")
    print(f"{'  (extract alone)':20} {ratio('extract alone')}")
    print(f"{DIGITS_RE.pattern + ' (reference)':20} {n / digits:9,.0f} docs/s")
    full = sum(times["parse+extract"])
    print(f"{'ratio to ' + DIGITS_RE.pattern:20} {full / digits:9.1f}x slower")


if __name__ == "__main__":
    main()
