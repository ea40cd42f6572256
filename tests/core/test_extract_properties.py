from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.core.extract import DEFAULT_CONFIG, _extract, extract
from pipeline.core.model import Article

WORDS = [
    "killed",
    "were",
    "soldiers",
    "12",
    "at least",
    "dozens of",
    "Syrian",
    "the",
    "ministry",
    "said",
    "on Monday",
    "wounded",
    "no one was hurt",
    "\n\n",
    ",",
    ".",
    "including",
    "and",
    "sq km",
    "(4 sq miles)",
    "ceasefire",
    "took effect",
    "8 pm (1600 GMT)",
    "both sides",
    "a man",
    "he",
    "died",
    "shot",
    "2020",
    "Seventy-one",
    "more than",
    "100",
    "of",
    "its",
    "along with",
    "as well as",
    "a woman",
    "and a boy",
    "two children",
    "no Ukrainian troops",
    "the bodies of",
    ", a 30-year-old farmer,",
    "Kyiv",
    "casualties on the",
    "side",
]

QUALIFIERS = ("exact", "at_least", "more_than", "about", "almost", "up_to", "vague")

texty = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
)


def check(body: str, published: date | None, title: str | None) -> None:
    art = Article(article_id="p", body=body, published_on=published, title=title)
    # the unguarded reader: ``extract`` would hide a crash behind an empty result
    ex = _extract(art, DEFAULT_CONFIG)
    assert extract(art) == ex
    ids = {c.claim_id for c in ex.claims}
    assert len(ids) == len(ex.claims)
    for c in ex.claims:
        assert 0 <= c.span_start <= c.span_end <= len(body)
        assert c.parent_claim_id is None or (
            c.parent_claim_id in ids and c.parent_claim_id != c.claim_id
        )
        assert c.metric in ("killed", "wounded", "missing", "captured", "casualties", "area_km2")
        assert c.qualifier in QUALIFIERS
        for s, e in c.mention_spans:
            assert 0 <= s <= e <= len(body)
        if c.low is not None and c.high is not None:
            assert c.low <= c.high
        assert c.n_mentions >= 1
    for e in ex.events:
        assert 0 <= e.span_start <= e.span_end <= len(body)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=texty, published=st.one_of(st.none(), st.dates()), title=st.one_of(st.none(), texty))
def test_extract_never_raises_and_spans_are_inside(body, published, title):
    check(body, published, title)


def test_empty_and_blank_bodies():
    check("", None, None)
    check("\n\n\n", date(2024, 1, 1), "")
