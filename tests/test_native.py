"""The compiled extractor (pipeline.native): it gives the sources' claims, and a stale build is
never the one that runs."""

import ast
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import native
from pipeline.core.extract import extract
from pipeline.core.model import Article, RawDocument
from pipeline.core.parse import parse_article
from tests.conftest import FIXTURES, REPO, SEEDS


def _files(core: Path, stamp: dict[str, float]) -> None:
    for name, age in stamp.items():
        path = core / name
        path.write_text("")
        os.utime(path, (time.time() - age, time.time() - age))


SOURCES = {"extract.py": 100, "numbers.py": 100, "lexicon.py": 100}
BINARIES = {
    f"{m}.cpython-311-x86_64-linux-gnu.so": 10 for m in ("extract", "numbers", "lexicon")
} | {"native__mypyc.cpython-311-x86_64-linux-gnu.so": 10}


def test_no_binary_is_the_sources(tmp_path):
    _files(tmp_path, SOURCES)
    assert native.state(tmp_path) == "source"


def test_binaries_newer_than_every_source_are_a_build(tmp_path):
    _files(tmp_path, SOURCES | BINARIES)
    assert native.state(tmp_path) == "compiled"


def test_a_source_edited_after_the_build_makes_it_stale(tmp_path):
    _files(tmp_path, SOURCES | BINARIES | {"numbers.py": 1})
    assert native.state(tmp_path) == "stale"


def test_a_missing_binary_makes_the_build_stale(tmp_path):
    missing = "lexicon.cpython-311-x86_64-linux-gnu.so"
    _files(tmp_path, SOURCES | {k: v for k, v in BINARIES.items() if k != missing})
    assert native.state(tmp_path) == "stale"


def test_the_guard_finds_the_sources_of_the_compiled_modules_only(tmp_path):
    _files(tmp_path, SOURCES | BINARIES)
    finder = native._SourceFirst(tmp_path, native.COMPILED, stale=False)
    spec = finder.find_spec("pipeline.core.numbers", None)
    assert spec is not None and spec.origin == str(tmp_path / "numbers.py")
    assert finder.find_spec("pipeline.core.model", None) is None
    assert finder.find_spec("numbers", None) is None


def test_the_guard_says_once_that_a_stale_build_is_not_used(tmp_path):
    _files(tmp_path, SOURCES)
    finder = native._SourceFirst(tmp_path, native.COMPILED, stale=True)
    with pytest.warns(UserWarning, match="make native"):
        finder.find_spec("pipeline.core.extract", None)
    finder.find_spec("pipeline.core.lexicon", None)  # (a second warning would fail the run)


@pytest.mark.skipif(
    not os.environ.get("LEDGER_NATIVE_REQUIRED"), reason="set by `make test`, which builds it"
)
def test_make_test_runs_the_compiled_extractor():
    assert native.state() == "compiled"
    assert native.running() == "mypyc"


def _corpus() -> list[str]:
    """The repository's seed and fixture articles; every text the extractor's unit tests read
    (each written for one phenomenon); and documents made of their sentences in another order
    (so sentences meet other neighbours, speakers and dates)."""
    texts = [p.read_text() for p in sorted(SEEDS.glob("*.txt"))]
    texts += [p.read_text() for p in sorted((FIXTURES / "mixed_inbox").glob("*.txt"))]
    for path in sorted((REPO / "tests" / "core").glob("test_*.py")):
        texts += sorted(
            {
                node.value
                for node in ast.walk(ast.parse(path.read_text()))
                if isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value) > 30
                and " " in node.value
            }
        )
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s.strip()]
    rng = random.Random(7)
    for _ in range(200):
        picked = rng.sample(sentences, rng.randint(2, 12))
        texts.append("\n\n".join(" ".join(picked[i : i + 3]) for i in range(0, len(picked), 3)))
    return texts


def _claims_of(texts: list[str]) -> list:
    out = []
    for i, text in enumerate(texts):
        article: Article = parse_article(
            RawDocument(doc_id=f"d{i}", source_file=f"d{i}.txt", raw_text=text)
        )
        result = extract(article)
        out.append(
            {
                "claims": [c.to_row() for c in result.claims],
                "events": [e.to_row() for e in result.events],
                "error": result.error,
            }
        )
    return json.loads(json.dumps(out, default=str, sort_keys=True))


def test_the_compiled_extractor_gives_the_claims_of_its_sources():
    if native.running() != "mypyc":
        pytest.skip("the extractor is not compiled here: nothing to compare")
    texts = _corpus()
    # the sources, in a process of their own (LEDGER_PURE=1 loads them over the build)
    script = (
        "import json, sys\n"
        "from tests.test_native import _claims_of\n"
        "from pipeline import native\n"
        "assert native.running() == 'source'\n"
        "print(json.dumps(_claims_of(json.load(sys.stdin))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ | {"LEDGER_PURE": "1"},
        timeout=300,
        check=True,
    )
    pure = json.loads(done.stdout)
    compiled = _claims_of(texts)
    assert sum(len(r["claims"]) for r in compiled) > 1000  # (a corpus with figures to compare)
    differ = [i for i, (a, b) in enumerate(zip(compiled, pure, strict=True)) if a != b]
    assert not differ, (texts[differ[0]], compiled[differ[0]], pure[differ[0]])
