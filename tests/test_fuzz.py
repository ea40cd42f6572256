"""Property-based tests over ingest, the parser and the whole core chain with arbitrary input:
nothing raises, every span lies inside the body, ``low <= high``.

The parser and the extractor both guard their public entry points with a fallback; these
tests call the unguarded functions (``parse._parse``, ``extract._extract``) so that a crash
is found instead of being hidden behind an empty result. The extractor's own properties are
in ``tests/core/test_extract_properties.py``.

Examples per run (``EXAMPLES``): 1000 + 1000 + 150 + 1000 + 300 = 3450.
"""

import json
import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.core.dedupe import body_fingerprint
from pipeline.core.extract import DEFAULT_CONFIG, _extract
from pipeline.core.ingest import ingest_file
from pipeline.core.model import RawDocument
from pipeline.core.parse import _parse, parse_article

EXAMPLES = {"ingest": 1000, "parse": 1000, "html": 150, "chain": 1000, "jsonl": 300}

FRAGMENTS = [
    "killed",
    "wounded",
    "were",
    "soldiers",
    "civilians",
    "12",
    "71",
    "1,000",
    "at least",
    "more than",
    "about",
    "nearly",
    "dozens of",
    "Seventy-one",
    "the",
    "ministry",
    "said",
    "on Monday",
    "on 13 September 2022",
    "2099",
    "Armenia",
    "Azerbaijan's",
    "both sides",
    "including",
    "and",
    ",",
    ".",
    ":",
    "\u201c",
    "\u201d",
    "'",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "  ",
    "By Jane Doe",
    "Reuters",
    "(AP) \u2014",
    "KYIV, Ukraine",
    "Read more:",
    "Photo: AFP",
    "Related:",
    "Share",
    "Advertisement",
    "https://example.org/a?b=1",
    "**bold**",
    "[link](x)",
    "|",
    "-",
    "\u2022",
    "10^30",
    "-5",
    "\u22124",
    "99999999999999999999",
    "billion",
    "sq km",
    "ceasefire",
    "took effect",
    "8 pm (1600 GMT)",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "caf\u00e9",
    "\u6771\u4eac",
    "\u0627\u0644\u062c\u0646\u0648\u062f",
    "\U0001f600",
    "e\u0301",
    "\u2028",
    "<p>",
    "</p>",
    "<script>x()</script>",
    "&amp;",
    "&#0;",
]
newsy = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=120).map(" ".join)
texty = st.one_of(st.text(max_size=600), newsy)
hint = st.one_of(st.none(), st.text(max_size=40), st.sampled_from(FRAGMENTS))
dates = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)))

_LINE_BREAKS = re.compile("[\r\n\u2028\u2029\x85]")

FUZZ = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _check_article(doc: RawDocument):
    article = _parse(doc)  # unguarded: a crash here is a parser bug
    assert parse_article(doc) == article
    assert article.article_id == doc.doc_id
    assert isinstance(article.body, str)
    paragraphs = [p for p in article.body.split("\n\n") if p] if article.body else []
    assert article.n_paragraphs == len(paragraphs)
    assert article.published_on_source in ("metadata", "text", "inferred", "unknown")
    assert article.published_on is None or date(1000, 1, 1) <= article.published_on
    body_fingerprint(article.body)
    return article


def _check_extraction(article) -> int:
    extraction = _extract(article, DEFAULT_CONFIG)  # unguarded: a crash is an extractor bug
    body = article.body
    for claim in extraction.claims:
        assert 0 <= claim.span_start <= claim.span_end <= len(body)
        for start, end in claim.mention_spans:
            assert 0 <= start <= end <= len(body)
        assert claim.low is None or claim.high is None or claim.low <= claim.high
        assert claim.article_id == article.article_id
    for event in extraction.events:
        assert 0 <= event.span_start <= event.span_end <= len(body)
    return len(extraction.claims)


@settings(FUZZ, max_examples=EXAMPLES["ingest"])
@given(
    data=st.one_of(st.binary(max_size=2000), texty.map(lambda t: t.encode("utf-8", "replace"))),
    sidecar=st.one_of(
        st.none(),
        st.binary(max_size=200),
        hint.map(
            lambda h: f'{{"published_at": {h!r}, "outlet": {h!r}}}'.encode("utf-8", "replace")
        ),
    ),
    name=st.sampled_from(["a.txt", "b.jsonl", "c.html", "d.meta.json", "e.pdf", "f"]),
)
def test_ingest_accounts_for_any_bytes(data, sidecar, name):
    result = ingest_file(name, data, sidecar)
    assert result.documents or result.rejects  # nothing is silently dropped
    for reject in result.rejects:
        assert reject.reason.replace("_", "").isalpha() and len(reject.detail) >= 10
    for doc in result.documents:
        assert doc.raw_text.strip()
        doc.raw_text.encode("utf-8")  # storable: no lone surrogates
        assert doc.doc_id and len(doc.doc_id) == 16


@settings(FUZZ, max_examples=EXAMPLES["parse"])
@given(text=texty, title=hint, outlet=hint, published=hint)
def test_parser_never_raises_on_plain_text(text, title, outlet, published):
    _check_article(
        RawDocument(
            doc_id="d" * 16,
            source_file="x.txt",
            raw_text=text,
            title_hint=title,
            outlet_hint=outlet,
            published_hint=published,
        )
    )


@settings(FUZZ, max_examples=EXAMPLES["html"])
@given(
    parts=st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<h1>",
                "</h1>",
                "<script>",
                "</script>",
                "<style>",
                "</style>",
                "<article>",
                "</article>",
                "<br>",
                "<title>",
                "</title>",
                "<meta name='date' content='2022-09-13'>",
            ]
        )
        | newsy,
        max_size=40,
    )
)
def test_parser_never_raises_on_html(parts):
    html = "<html><body>" + "".join(parts) + "</body></html>"
    _check_article(
        RawDocument(doc_id="h" * 16, source_file="x.html", raw_text=html, media_type="text/html")
    )


@settings(FUZZ, max_examples=EXAMPLES["chain"])
@given(text=texty, title=hint, published=dates)
def test_ingest_parse_extract_chain_over_arbitrary_text(text, title, published):
    sidecar = None
    if published or title:
        sidecar = json.dumps(
            {"published_at": published.isoformat() if published else "", "title": title}
        ).encode("utf-8", "replace")
    result = ingest_file(
        "article.txt", text.encode("utf-8", "replace"), sidecar, today=date(2026, 1, 1)
    )
    for doc in result.documents:
        _check_extraction(_check_article(doc))


@settings(FUZZ, max_examples=EXAMPLES["jsonl"])
@given(
    lines=st.lists(
        st.one_of(
            st.text(max_size=80),
            st.fixed_dictionaries(
                {"text": texty},
                optional={
                    "id": st.one_of(st.integers(), st.text(max_size=10), st.none(), st.booleans()),
                    "published_at": hint,
                    "outlet": st.one_of(hint, st.integers()),
                    "language": st.sampled_from(["en", "en-GB", "fr", "", "EN"]),
                },
            ).map(json.dumps),
        ),
        max_size=8,
    )
)
def test_jsonl_every_line_is_a_document_or_a_reject(lines):
    data = "\n".join(_LINE_BREAKS.sub(" ", line) for line in lines)
    result = ingest_file("batch.jsonl", data.encode("utf-8", "replace"))
    if not data.strip():
        assert [r.reason for r in result.rejects] == ["empty"]
        return
    if result.rejects and result.rejects[0].source_line is None:
        return  # the whole file was unreadable (e.g. binary-looking control characters)
    lines_seen = sorted(
        {d.source_line for d in result.documents} | {r.source_line for r in result.rejects}
    )
    text_lines = [n for n, line in enumerate(data.split("\n"), 1) if line.strip()]
    assert set(lines_seen) <= set(text_lines)
    assert len(result.documents) + len(result.rejects) == len(text_lines)
    for doc in result.documents:
        _check_extraction(_check_article(doc))
