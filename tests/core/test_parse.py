"""Parse: raw documents to clean articles (invented texts only)."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.core.dedupe import body_fingerprint
from pipeline.core.ingest import doc_id_for
from pipeline.core.model import RawDocument
from pipeline.core.parse import PARSER_VERSION, parse_article

P1 = (
    "Eleven civilians were killed and 23 wounded when artillery shells hit a market in the "
    "eastern town of Lomara on Tuesday morning, the provincial health office said."
)
P2 = (
    "The defence ministry of the neighbouring republic denied firing on the town and said its "
    "units had only returned fire at military positions across the river."
)
P3 = (
    "A spokesman for the regional council said that at least 40 homes had been destroyed and "
    "that rescue teams were still searching the rubble for survivors."
)
P4 = "Aid groups said they were running short of medical supplies in the area."


def _doc(text: str, **hints) -> RawDocument:
    return RawDocument(doc_id=doc_id_for(text), source_file="t.txt", raw_text=text, **hints)


def _parse(text: str, **hints):
    return parse_article(_doc(text, **hints))


def _paragraphs(article) -> list[str]:
    """The body's paragraphs after the headline (which the body keeps as its first)."""
    paragraphs = article.body.split("\n\n") if article.body else []
    if article.title and paragraphs and paragraphs[0] == article.title:
        paragraphs = paragraphs[1:]
    return paragraphs


def _text(article) -> str:
    return "\n\n".join(_paragraphs(article))


def test_the_headline_is_the_first_paragraph_of_the_body_once():
    article = _parse(
        "Market shelling kills eleven\n\nEleven civilians were killed on Tuesday.\n\n"
        "Market shelling kills eleven\n\nAid groups said supplies were short."
    )
    assert article.title == "Market shelling kills eleven"
    assert article.body.split("\n\n") == [
        "Market shelling kills eleven",
        "Eleven civilians were killed on Tuesday.",
        "Aid groups said supplies were short.",
    ]
    assert article.n_paragraphs == 3


def test_parser_version_is_set():
    assert PARSER_VERSION


def test_plain_article_keeps_every_paragraph_joined_by_blank_lines():
    text = f"Market shelling kills eleven in Lomara\n{P1}\n{P2}\n{P3}\n{P4}\n"
    article = _parse(text)
    assert article.article_id == doc_id_for(text)
    assert article.title == "Market shelling kills eleven in Lomara"
    assert _paragraphs(article) == [P1, P2, P3, P4]
    assert article.n_paragraphs == 5  # the headline and four paragraphs
    assert "\n\n\n" not in article.body
    assert article.n_boilerplate_removed == 0
    assert article.n_duplicates_removed == 0
    assert article.language == "en"
    assert article.published_on is None
    assert article.published_on_source == "unknown"


def test_hard_wrapped_lines_are_joined():
    wrapped = (
        "Eleven civilians were killed and 23 wounded when artillery shells hit a\n"
        "market in the eastern town of Lomara on Tuesday morning, the provincial\n"
        "health office said."
    )
    article = _parse(f"Market shelling kills eleven\n\n{wrapped}\n\n{P2}")
    assert _paragraphs(article) == [P1, P2]


# --- header: title, date, byline, outlet ---------------------------------------------------


@pytest.mark.parametrize(
    "date_line",
    [
        "4 March 2023",
        "March 4, 2023",
        "Mar. 4, 2023",
        "2023-03-04",
        "Saturday, 4 March 2023",
        "Updated 4 Mar 2023, 09:12 GMT",
        "Published: March 4, 2023 at 3:40 p.m. ET",
        "4th of March 2023 | 10:05",
    ],
)
def test_date_line_in_header_is_the_publication_date(date_line):
    article = _parse(f"Market shelling kills eleven\n\n{date_line}\n\n{P1}\n\n{P2}")
    assert article.published_on == date(2023, 3, 4)
    assert article.published_on_source == "text"
    assert date_line not in article.body
    assert _paragraphs(article) == [P1, P2]


def test_date_inside_a_sentence_is_not_the_publication_date():
    text = f"Market shelling kills eleven\n\nThe attack on 4 March 2023 was the worst yet.\n\n{P1}"
    article = _parse(text)
    assert article.published_on is None
    assert "The attack on 4 March 2023 was the worst yet." in article.body


def test_metadata_date_wins_over_text():
    article = _parse(
        f"Market shelling\nkills eleven\n\n4 March 2023\n\n{P1}",
        published_hint="2023-03-05T01:15:00+02:00",
    )
    assert article.published_on == date(2023, 3, 5)
    assert article.published_on_source == "metadata"


@pytest.mark.parametrize(
    ("header", "byline", "outlet"),
    [
        ("By Maria Okafor", "Maria Okafor", None),
        ("BY MARIA OKAFOR", "MARIA OKAFOR", None),
        ("By Maria Okafor and Tomas Lind, Reuters", "Maria Okafor and Tomas Lind", "Reuters"),
        ("By Maria Okafor, Staff Correspondent", "Maria Okafor", None),
        ("Maria Okafor\n\nCoastal Daily News", "Maria Okafor", "Coastal Daily News"),
        ("Maria Okafor\n\nThe Harbour Times", "Maria Okafor", "The Harbour Times"),
        ("Maria Okafor\nAl Jazeera", "Maria Okafor", "Al Jazeera"),
    ],
)
def test_byline_and_outlet_in_header(header, byline, outlet):
    article = _parse(f"Market shelling kills eleven\n\n{header}\n\n{P1}\n\n{P2}")
    assert article.byline == byline
    assert article.outlet == outlet
    assert article.title == "Market shelling kills eleven"
    assert _paragraphs(article) == [P1, P2]


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("04.03.2023 14:30", date(2023, 3, 4)),
        ("14/03/2023", date(2023, 3, 14)),
        ("03/14/2023", date(2023, 3, 14)),
        ("Sat 4 Mar 2023 10.35 GMT", date(2023, 3, 4)),
        ("March 4, 2023 · 3 min read", date(2023, 3, 4)),
    ],
)
def test_more_date_line_formats(date_line, expected):
    article = _parse(f"Market shelling kills eleven\n\n{date_line}\n\n{P1}")
    assert article.published_on == expected
    assert _text(article) == P1


def test_ambiguous_numeric_date_is_not_guessed():
    article = _parse(f"Market shelling kills eleven\n\n04/03/2023\n\n{P1}")
    assert article.published_on is None


def test_wire_style_header_and_sign_off():
    text = (
        "Gunmen kill 14 guards in raid on northern mine -police\n\n"
        "By Sara Mensah\n\n3 minute read\n\nUpdated 4 hours ago\n\n"
        f"TAMALE, Ghana, May 2 (Wire Service) - {P1}\n\nSign up here.\n\n{P2}\n\n"
        "(Reporting by Sara Mensah; Writing by Tom Roe; Editing by Ann Lee)\n\n"
        "Our Standards: The Wire Service Trust Principles.\n"
    )
    article = _parse(text)
    assert article.title == "Gunmen kill 14 guards in raid on northern mine -police"
    assert article.byline == "Sara Mensah"
    assert article.dateline == "TAMALE"
    assert article.outlet == "Wire Service"
    assert _paragraphs(article) == [f"TAMALE, Ghana, May 2 (Wire Service) - {P1}", P2]


def test_kicker_above_headline_and_byline_with_place():
    text = (
        "Valley conflict\n"
        "Artillery strike on market kills eleven in Lomara\n"
        "Rescuers search rubble as neighbouring republic denies firing on the town\n"
        "Maria Okafor in Lomara\n"
        "Sat 4 Mar 2023 14.02 GMT\n"
        "Smoke over the market on Saturday. Photograph: Jan Roe/Wire\n"
        f"{P1}\n{P2}\n"
        "Explore more on these topics\nValley\nConflict\nShare\nReuse this content\n"
    )
    article = _parse(text)
    assert article.title == "Artillery strike on market kills eleven in Lomara"
    assert article.byline == "Maria Okafor"
    assert article.published_on == date(2023, 3, 4)
    assert _paragraphs(article) == [
        "Rescuers search rubble as neighbouring republic denies firing on the town",
        P1,
        P2,
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Maria Okafor | Lomara Herald",
        "Maria Okafor, Lomara Herald",
        "by Maria Okafor | Lomara Herald",
    ],
)
def test_byline_and_outlet_on_one_line(line):
    article = _parse(f"Market shelling kills eleven in Lomara\n{line}\n{P1}\n{P2}")
    assert article.byline == "Maria Okafor"
    assert article.outlet == "Lomara Herald"
    assert article.title == "Market shelling kills eleven in Lomara"
    assert _paragraphs(article) == [P1, P2]


def test_outlet_in_place_of_a_dateline_city():
    article = _parse(f"Market shelling kills eleven\n\nCNN — {P1}")
    assert article.outlet == "CNN"
    assert article.dateline is None


def test_caption_with_slash_credit_in_brackets_is_removed():
    caption = "Firefighters at the market in Lomara on March 4. (Emergency Service / Telegram)"
    article = _parse(f"Eleven killed in Lomara\n\n{caption}\n\n{P1}\n\n{P2}")
    assert _paragraphs(article) == [P1, P2]


def test_title_case_headline_next_to_date_is_not_a_byline():
    article = _parse(f"Lomara Market Shelled Again\n\n4 March 2023\n\n{P1}")
    assert article.title == "Lomara Market Shelled Again"
    assert article.byline is None


@pytest.mark.parametrize(
    ("opening", "dateline", "outlet"),
    [
        ("KHARTOUM (Reuters) - Eleven civilians", "KHARTOUM", "Reuters"),
        ("KYIV, Ukraine (AP) — Eleven civilians", "KYIV", "AP"),
        ("PORT SUDAN, March 4 (Wire Service) - Eleven civilians", "PORT SUDAN", "Wire Service"),
        ("GOMA -- Eleven civilians were killed on Tuesday in the town", "GOMA", None),
        ("ST. LOUIS, Mo. – Eleven civilians were killed on Tuesday", "ST. LOUIS", None),
        ("(AFP) - Eleven civilians", None, "AFP"),
        ("Lomara, Aug. 27 (Wire Service). Eleven civilians", "Lomara", "Wire Service"),
        ("Port Lomara, May 3, 2023 (Agency) - Eleven civilians", "Port Lomara", "Agency"),
        # a title-case opening is a dateline only with its day and its agency
        ("Lomara, the eastern town, said Eleven civilians", None, None),
        ("UPDATE - Eleven civilians were killed in the eastern town", None, None),
        ("Eleven civilians were killed in GOMA - a city in the east", None, None),
    ],
)
def test_dateline(opening, dateline, outlet):
    article = _parse(
        f"Market shelling kills eleven\n\n{opening} were killed, officials said.\n\n{P2}"
    )
    assert article.dateline == dateline
    assert article.outlet == outlet
    assert article.credit == outlet  # the credit is kept apart from any metadata outlet
    assert _text(article).startswith(opening)  # the dateline stays in the text


def test_date_in_dateline_brackets_is_the_publication_date():
    article = _parse(f"Shelling kills eleven\n\nLOMARA, East Province (March 4, 2023) – {P1}")
    assert article.dateline == "LOMARA"
    assert article.outlet is None
    assert article.published_on == date(2023, 3, 4)


def test_outlet_hint_wins():
    article = _parse(f"Headline about shelling\n\nKHARTOUM (Reuters) - {P1}", outlet_hint="Desk")
    assert article.outlet == "Desk"
    assert article.dateline == "KHARTOUM"


# --- title handling ------------------------------------------------------------------------


def test_title_glued_to_body_is_cut_using_the_hint():
    title = "Eleven killed in Lomara market shelling | Lomara Herald"
    article = _parse(title + P1 + " " + P2, title_hint=title)
    assert article.title == "Eleven killed in Lomara market shelling"
    assert article.outlet == "Lomara Herald"
    assert _text(article) == P1 + " " + P2


@pytest.mark.parametrize(
    ("hint", "title", "outlet"),
    [
        ("Eleven killed in market - Valley Gazette", "Eleven killed in market", "Valley Gazette"),
        ("Eleven killed in market - News - Valley Tribune - Lomara, EP", "Eleven killed in market",
         "Valley Tribune"),
        ("Ministry to seek talks over border - Cabinet", "Ministry to seek talks over border - "
         "Cabinet", None),
        ("Eleven killed in market | KXYZ 7", "Eleven killed in market", "KXYZ 7"),
        ("Eleven killed in market | Local News", "Eleven killed in market | Local News", None),
    ],
)  # fmt: skip
def test_site_suffix_of_the_title(hint, title, outlet):
    article = _parse(f"{P1}\n\n{P2}", title_hint=hint)
    assert article.title == title
    assert article.outlet == outlet
    assert _paragraphs(article) == [P1, P2]


def test_title_repeated_in_body_is_removed_and_counted():
    text = f"Eleven killed in Lomara\n\nEleven killed in Lomara\n{P1}\n\n{P2}"
    article = _parse(text)
    assert article.title == "Eleven killed in Lomara"
    assert _paragraphs(article) == [P1, P2]
    assert article.n_duplicates_removed == 1


def test_text_starting_with_a_sentence_has_no_title():
    article = _parse(f"{P1}\n\n{P2}")
    assert article.title is None
    assert _paragraphs(article) == [P1, P2]


def test_single_short_line_stays_in_the_body():
    article = _parse("Three soldiers killed in border clash")
    assert article.body == "Three soldiers killed in border clash"
    assert article.n_paragraphs == 1


# --- boilerplate ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "noise",
    [
        "Share",
        "Share Save",
        "Share on Facebook | Tweet | Email",
        "A+ A-",
        "Listen to this article",
        "You can share this article on social media:",
        "Sign up for our morning newsletter to get the latest updates in your inbox",
        "READ MORE: Talks on the dam resume in the capital",
        "Also read: Why the river border is disputed",
        # a link label the parser shares with the extractor
        "Most read: Why the river border is disputed",
        "Advertisement",
        "Getty Images",
        "Photo: Jane Roe/Reuters",
        "AFP / Getty Images",
        "Archive photo",
        "Opinion",
        "[Border talks stall](https://example.org/talks)",
        "- [Who controls the valley?](#) - [Timeline](#)",
        "https://example.org/live-updates",
        "Reporting by Jane Roe; Editing by John Doe",
        "Copyright 2023 Valley Media. All rights reserved.",
        "Tags: conflict, border, shelling",
        "3 min read",
    ],
)
def test_boilerplate_line_between_paragraphs_is_removed(noise):
    text = f"Eleven killed in Lomara\n\n{P1}\n\n{noise}\n\n{P2}\n\n{P3}"
    article = _parse(text)
    assert _paragraphs(article) == [P1, P2, P3]
    assert article.n_boilerplate_removed == 1


def test_photo_credit_and_caption_are_removed():
    caption = "Rescue workers search the ruins of the market hall in Lomara on Tuesday"
    text = f"Eleven killed in Lomara\n\nFile Photo\n\n{caption}\n\n{P1}\n\n{P2}"
    article = _parse(text)
    assert _paragraphs(article) == [P1, P2]
    assert article.n_boilerplate_removed == 2


@pytest.mark.parametrize(
    "caption",
    [
        "Smoke rises over the market in Lomara on Tuesday. (AP Photo/Jane Roe)",
        "Smoke rises over the market in Lomara. Photo: Valley Herald",
        "Image caption, Smoke rises over the market in Lomara",
    ],
)
def test_caption_carrying_its_credit_is_removed(caption):
    article = _parse(f"Eleven killed in Lomara\n\n{P1}\n\n{caption}\n\n{P2}")
    assert _paragraphs(article) == [P1, P2]


def test_section_label_and_teaser_for_another_story_are_removed():
    teaser = "Neighbouring State to Seek Mediation Over Border Incident - Ministry"
    text = f"Politics\n\nEleven killed in Lomara\n\n{P1}\n\nPolitics\n{teaser}\n{P2}\n\nDiscuss"
    article = _parse(text)
    assert article.title == "Eleven killed in Lomara"
    assert _paragraphs(article) == [P1, P2]
    assert article.n_boilerplate_removed == 4


def test_related_links_with_figures_stay_out_but_real_paragraphs_stay_in():
    text = (
        "Eleven killed in Lomara\n\n"
        f"{P1}\n\n"
        "- [Why is the valley contested?](#)\n\n"
        "- **Valley war of 2019 killed 3,000 fighters**\n\n"
        f"{P2}\n\n{P3}\n\n{P4}\n\n"
        "Map of the front line\n\n"
        "- Areas held by the government\n"
        "- Areas held by rebel forces according to local sources\n\n"
        "Hundreds flee fighting in the north\n\n"
        "[World](#) [Valley](#)\n\n"
        "RELATED\n\n"
        "[Floods hit the coast](#)\n\n"
        "More from Valley Herald\n"
    )
    article = _parse(text)
    assert _paragraphs(article) == [P1, P2, P3, P4]
    assert "3,000" not in article.body
    assert "Hundreds" not in article.body
    assert article.n_boilerplate_removed == 10


def test_related_block_in_the_middle_stops_at_the_next_paragraph():
    text = (
        f"Eleven killed in Lomara\n\n{P1}\n\nYou may also like\n\n"
        "Ferry capsizes on the lake, dozens missing\n\nDrought hits northern farms\n\n"
        f"{P2}\n\n{P3}"
    )
    article = _parse(text)
    assert _paragraphs(article) == [P1, P2, P3]


def test_comment_widgets_and_short_trailing_fragments_are_removed():
    text = (
        f"Eleven killed in Lomara\n{P1}\n{P2}\n"
        "Share this story:\nComments are closed.\nLeave a comment\nSection 4"
    )
    article = _parse(text)
    assert _paragraphs(article) == [P1, P2]
    assert article.n_boilerplate_removed == 4


def test_a_final_short_sentence_is_kept():
    article = _parse(f"Eleven killed in Lomara\n\n{P1}\n\nThe curfew remains.")
    assert _paragraphs(article) == [P1, "The curfew remains."]


def test_subheading_with_a_figure_is_kept():
    article = _parse(f"Eleven killed in Lomara\n\n{P1}\n\nToll rises to 14\n\n{P2}")
    assert _paragraphs(article) == [P1, "Toll rises to 14", P2]


def test_markdown_is_unwrapped_in_kept_paragraphs():
    text = f"Eleven killed\n\nThe **health office** said [eleven people](https://x.org) died. {P1}"
    article = _parse(text)
    assert _text(article) == f"The health office said eleven people died. {P1}"


# --- duplicates ----------------------------------------------------------------------------


def test_repeated_paragraphs_are_removed_and_counted():
    variant = P1.upper().replace(",", "")  # case and punctuation do not make it new
    text = f"Eleven killed in Lomara\n\n{P1}\n\n{P2}\n\n{P1}\n\n{variant}\n\n{P3}"
    article = _parse(text)
    assert _paragraphs(article) == [P1, P2, P3]
    assert article.n_duplicates_removed == 2


def test_similar_paragraphs_with_other_figures_are_both_kept():
    other = P1.replace("Eleven", "Twelve")
    article = _parse(f"Eleven killed in Lomara\n\n{P1}\n\n{other}")
    assert _paragraphs(article) == [P1, other]


# --- language and odd input ----------------------------------------------------------------


def test_language_hint_is_normalised():
    assert _parse(P1, language_hint="en-GB").language == "en"
    assert _parse(P1, language_hint="EN").language == "en"


def test_odd_whitespace_and_invisible_characters():
    text = "Eleven\u00a0killed in\tLomara\r\n\r\n" + P1.replace(" ", "\u00a0", 3) + "\u200b\r\n"
    article = _parse(text)
    assert article.title == "Eleven killed in Lomara"
    assert _text(article) == P1


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "\x00\x01", "Share", "[x](#)\n[y](#)", "((((((((", "\n".join(["A"] * 500)],
)
def test_degenerate_input_does_not_raise(text):
    article = _parse(text)
    assert isinstance(article.body, str)
    assert article.n_paragraphs == len(article.body.split("\n\n") if article.body else [])


@settings(max_examples=200, deadline=None, database=None)
@given(
    st.lists(
        st.sampled_from(
            [*"ab .,:-|()[]*#\n\t\u00a0\u201c1ÉZ", "By ", "KYIV (", "Share", "\n\n", "2023-"]
        ),
        max_size=200,
    ).map("".join),
    st.one_of(st.none(), st.text(max_size=30)),
)
def test_parse_never_raises(text, hint):
    article = _parse(text, title_hint=hint, published_hint=hint)
    assert "\n\n\n" not in article.body
    assert article.n_paragraphs == len(article.body.split("\n\n") if article.body else [])


# --- HTML ----------------------------------------------------------------------------------

HTML_PAGE = f"""<!doctype html>
<html lang="en"><head>
<title>Eleven killed in Lomara market shelling | Valley Herald</title>
<meta property="og:site_name" content="Valley Herald">
<meta name="author" content="Maria Okafor">
<meta property="article:published_time" content="2023-03-04T09:00:00Z">
<script>window.dataLayer = [];</script><style>body {{ color: red; }}</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Eleven killed in Lomara market shelling</h1>
<p>{P1}</p>
<p>{P2}</p>
<p>{P3}</p>
<p>READ MORE: Talks on the dam resume in the capital</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Forty die in ferry disaster</a></li></ul></aside>
<footer>Copyright 2023 Valley Media</footer>
</body></html>"""


def _html_doc(html: str, **hints) -> RawDocument:
    return RawDocument(
        doc_id=doc_id_for(html), source_file="p.html", raw_text=html, media_type="text/html",
        **hints,
    )  # fmt: skip


def test_html_page_main_text_and_metadata():
    article = parse_article(_html_doc(HTML_PAGE))
    assert article.title == "Eleven killed in Lomara market shelling"
    assert article.outlet == "Valley Herald"
    assert article.byline == "Maria Okafor"
    assert article.published_on == date(2023, 3, 4)
    assert article.published_on_source == "metadata"
    assert _paragraphs(article) == [P1, P2, P3]
    assert "Forty" not in article.body


def test_html_hints_win_over_markup():
    article = parse_article(_html_doc(HTML_PAGE, outlet_hint="Wire", published_hint="2023-03-05"))
    assert article.outlet == "Wire"
    assert article.published_on == date(2023, 3, 5)


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><script>var a = 1;</script><style>p { margin: 0 }</style></head>"
        "<body><script>document.write('x')</script></body></html>",
        "<html><body></body></html>",
        "not really <html",
        "<<<>>>",
    ],
)
def test_html_without_content_gives_an_empty_body(html):
    article = parse_article(_html_doc(html))
    assert article.body == ""
    assert article.n_paragraphs == 0


# --- dedupe --------------------------------------------------------------------------------


def test_body_fingerprint_matches_copies_of_one_story():
    a = f"KHARTOUM (Reuters) - {P1}\n\n{P2}"
    b = f"KHARTOUM - {P1.replace(',', '')}\n\n{P2.upper()}"
    c = f"KHARTOUM (Reuters) - {P1}\n\n{P3}"
    assert body_fingerprint(a) == body_fingerprint(b)
    assert body_fingerprint(a) != body_fingerprint(c)
    assert body_fingerprint("") == ""
    assert len(body_fingerprint(a)) == 16


def test_a_wire_credit_survives_a_metadata_outlet():
    article = _parse(f"Shelling kills eleven\n\nGOMA (Reuters) - {P1}", outlet_hint="Daily Paper")
    assert (article.outlet, article.credit) == ("Daily Paper", "Reuters")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9 _-.,'\"’‘“”—–…\u00a0\té!Ω\n")), max_size=40))
def test_the_fast_comparison_key_is_the_patterns_key(text: str) -> None:
    # case, punctuation and spacing do not matter, with or without the ASCII fast path
    import re

    from pipeline.core.parse import _key

    assert _key(text) == re.sub(r"[\W_]+", " ", text.casefold()).strip()


# characters the normalisation handles, and ordinary ones around them
_ODD_TEXT = st.text(
    alphabet=st.sampled_from(
        list("ab Z.\n\r\t\x00\x0b\x0c\x1c\x7f\u00a0\u00ad\u200b\u2028\u2060\u3000\ufeffé’")
    ),
    max_size=40,
)


def test_the_normalised_characters_are_all_unprintable() -> None:
    # _normalise skips its two passes over a text that is printable but for its line breaks
    from pipeline.core.parse import _INVISIBLE_RE, _ODD_BLANK_RE

    for c in map(chr, range(0x10000)):  # (the patterns name no character beyond)
        if _INVISIBLE_RE.match(c) or _ODD_BLANK_RE.match(c):
            assert not c.isprintable() and c != "\n", hex(ord(c))


@settings(max_examples=400, deadline=None)
@given(_ODD_TEXT)
def test_normalising_skips_only_what_the_passes_leave_alone(text: str) -> None:
    import unicodedata

    from pipeline.core import parse

    old = unicodedata.normalize("NFC", text)
    old = parse._NEWLINES_RE.sub("\n", old)
    old = parse._ODD_BLANK_RE.sub(" ", parse._INVISIBLE_RE.sub("", old))
    old = parse._MULTISPACE_RE.sub(" ", old)
    assert parse._normalise(text) == old


@settings(max_examples=400, deadline=None)
@given(_ODD_TEXT, st.sampled_from([None, "ab", "ab Z", "Z."]))
def test_the_units_words_are_counted_by_their_spaces(text: str, hint: str | None) -> None:
    from pipeline.core import parse

    units = parse._split_units(parse._normalise(text))
    if hint:
        parse._strip_title_prefix(units, [hint])
    assert [parse._n_words(u) for u in units] == [len(u.split()) for u in units]
