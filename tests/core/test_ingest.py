"""Ingest: bytes of inbox files to raw documents and rejects (invented inputs only)."""

import json

import pytest

from pipeline.core.ingest import (
    IngestResult,
    UnreadableInput,
    decode_text,
    doc_id_for,
    ingest_file,
    looks_english,
    read_jsonl,
    read_text_document,
    sidecar_name_for,
)
from pipeline.core.model import RawDocument, Reject

ARTICLE = (
    "Militia attack on river port leaves nine dead\n\n"
    "At least nine people were killed when gunmen attacked a river port in the north of the "
    "country on Friday, the regional governor said in a statement to reporters.\n\n"
    "The governor said that the attackers arrived by boat and that the army had been sent to "
    "the area after the raid, which also left a dozen traders wounded.\n"
)

REASONS = {
    "empty",
    "too_large",
    "binary",
    "undecodable",
    "not_english",
    "unsupported_type",
    "orphan_sidecar",
    "bad_json",
    "not_object",
    "missing_text",
    "bad_field",
    "bad_sidecar",
    "bad_sidecar_field",
}


def _only_doc(result: IngestResult) -> RawDocument:
    assert result.rejects == []
    assert len(result.documents) == 1
    return result.documents[0]


def _only_reject(result: IngestResult) -> Reject:
    assert result.documents == []
    assert len(result.rejects) == 1
    return result.rejects[0]


# --- doc_id --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    [
        ARTICLE.replace("\n", "\r\n"),
        ARTICLE.replace("\n", "   \n"),
        "\n\n  " + ARTICLE + "\n\n\n",
        ARTICLE.replace("\n\n", "\n\n\n\n"),
    ],
    ids=["crlf", "trailing-blanks", "surrounding-whitespace", "extra-blank-lines"],
)
def test_doc_id_ignores_layout_noise(variant):
    assert doc_id_for(variant) == doc_id_for(ARTICLE)


def test_doc_id_is_nfc_normalised_and_short_hex():
    composed = "Caf\u00e9 shelled near the r\u00e9gion"
    decomposed = "Cafe\u0301 shelled near the re\u0301gion"
    assert doc_id_for(composed) == doc_id_for(decomposed)
    assert len(doc_id_for(composed)) == 16
    int(doc_id_for(composed), 16)


def test_doc_id_differs_for_different_text():
    assert doc_id_for(ARTICLE) != doc_id_for(ARTICLE.replace("nine", "ten"))


# --- decode_text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"Shelling in the valley", "Shelling in the valley", "utf-8"),
        (b"\xef\xbb\xbfShelling \xe2\x80\x94 again", "Shelling \u2014 again", "utf-8-sig"),
        (b"\xff\xfe" + "Kyiv \u2019s sirens".encode("utf-16-le"), "Kyiv \u2019s sirens", "utf-16"),
        (b"\xfe\xff" + "Ceasefire \u201cheld\u201d".encode("utf-16-be"),
         "Ceasefire \u201cheld\u201d", "utf-16"),
        (b"The \x93truce\x94 collapsed \x96 officials", "The \u201ctruce\u201d collapsed \u2013 "
         "officials", "cp1252"),
        (b"line one\r\nline two\rline three", "line one\nline two\nline three", "utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252-quotes", "newlines"],
)  # fmt: skip
def test_decode_text_reads_common_encodings(data, text, encoding):
    assert decode_text(data) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n ", "empty"),
        (b"\xef\xbb\xbf   \n", "empty"),
        (b"PK\x03\x04\x00\x00binary zip header", "binary"),
        (bytes(range(128, 256)) * 4, "binary"),
        (b"text \x01\x02\x03\x04\x05\x06 more \x07\x08\x0e\x0f", "binary"),
        (b"casualties rose to \x81 twelve, \xc3 said", "undecodable"),
        (b"\xff\xfe" + b"\x00\xd8", "undecodable"),
    ],
    ids=[
        "empty",
        "whitespace",
        "bom-only",
        "nul-bytes",
        "high-bytes",
        "control-chars",
        "neither-utf8-nor-cp1252",
        "broken-utf16",
    ],
)
def test_decode_text_rejects_unreadable_bytes(data, reason):
    with pytest.raises(UnreadableInput) as err:
        decode_text(data)
    assert err.value.reason == reason
    assert len(err.value.detail) > 30


def test_decode_text_size_limit():
    with pytest.raises(UnreadableInput) as err:
        decode_text(b"x" * 2048, max_bytes=1024)
    assert err.value.reason == "too_large"
    assert "limit" in err.value.detail
    assert decode_text(b"x" * 1024, max_bytes=1024)[0] == "x" * 1024


# --- .txt and sidecars ---------------------------------------------------------------------


def test_txt_file_becomes_one_document():
    doc = _only_doc(ingest_file("2023/port.txt", ARTICLE.encode()))
    assert doc.source_file == "2023/port.txt"
    assert doc.raw_text == ARTICLE
    assert doc.media_type == "text/plain"
    assert doc.doc_id == doc_id_for(ARTICLE)
    assert doc.byte_size == len(ARTICLE.encode())
    assert doc.encoding == "utf-8"
    assert doc.source_line is None


def test_sidecar_fields_become_hints():
    meta = {
        "url": "https://example.org/port",
        "outlet": "Example Wire",
        "published_at": "2023-06-02T08:30:00+03:00",
        "title": "Nine dead in port raid",
        "language": "en-GB",
        "id": 42,
        "photographer": "ignored, not in the contract",
    }
    result = ingest_file("port.txt", ARTICLE.encode(), json.dumps(meta).encode())
    doc = _only_doc(result)
    assert doc.url == "https://example.org/port"
    assert doc.outlet_hint == "Example Wire"
    assert doc.published_hint == "2023-06-02T08:30:00+03:00"
    assert doc.title_hint == "Nine dead in port raid"
    assert doc.language_hint == "en-GB"
    assert doc.source_id == "42"


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        (b'{"outlet": "Example Wire",}', "bad_sidecar"),
        (b'["outlet", "Example Wire"]', "bad_sidecar"),
        (b"\x00\x01\x02", "bad_sidecar"),
    ],
    ids=["broken-json", "not-an-object", "binary"],
)
def test_broken_sidecar_keeps_the_article(sidecar, reason):
    result = ingest_file("news/port.txt", ARTICLE.encode(), sidecar)
    assert len(result.documents) == 1
    assert result.documents[0].outlet_hint is None
    [reject] = result.rejects
    assert reject.reason == reason
    assert reject.source_file == "news/port.meta.json"
    assert "kept" in reject.detail


@pytest.mark.parametrize(
    ("meta", "field", "outlet_hint"),
    [
        (
            {"published_at": "last Tuesday", "outlet": "Example Wire"},
            "published_at",
            "Example Wire",
        ),
        ({"published_at": "2023-13-45", "outlet": "Example Wire"}, "published_at", "Example Wire"),
        ({"outlet": ["Example Wire"], "published_at": "2023-06-02"}, "outlet", None),
    ],
    ids=["words-date", "impossible-date", "list-outlet"],
)
def test_bad_sidecar_field_is_ignored_and_reported(meta, field, outlet_hint):
    result = ingest_file("port.txt", ARTICLE.encode(), json.dumps(meta).encode())
    [doc] = result.documents
    [reject] = result.rejects
    assert reject.reason == "bad_sidecar_field"
    assert reject.source_file == "port.meta.json"
    assert f"'{field}'" in reject.detail
    # the bad field is dropped, the good fields of the same sidecar are used
    assert doc.outlet_hint == outlet_hint
    assert doc.published_hint == (None if field == "published_at" else "2023-06-02")


def test_sidecar_reject_names_the_sidecar_the_caller_found():
    result = ingest_file("a/port.txt", ARTICLE.encode(), b"{", sidecar_file="a/port.txt.meta.json")
    assert [r.source_file for r in result.rejects] == ["a/port.txt.meta.json"]


def test_sidecar_name_for():
    assert sidecar_name_for("a/b/story.txt") == "a/b/story.meta.json"
    assert sidecar_name_for("story.html") == "story.meta.json"


def test_unreadable_txt_is_one_reject():
    reject = _only_reject(ingest_file("blank.txt", b"\n\n   \n"))
    assert reject.reason == "empty"
    assert reject.source_file == "blank.txt"
    assert reject.source_line is None


def test_language_hint_other_than_english_is_rejected():
    result = ingest_file("port.txt", ARTICLE.encode(), b'{"language": "fr"}')
    reject = _only_reject(result)
    assert reject.reason == "not_english"
    assert "'fr'" in reject.detail


def test_text_that_is_clearly_not_english_is_rejected():
    french = (
        "Au moins neuf personnes ont \u00e9t\u00e9 tu\u00e9es lors d'une attaque contre un port "
        "fluvial dans le nord du pays vendredi, a d\u00e9clar\u00e9 le gouverneur r\u00e9gional "
        "dans un communiqu\u00e9. Les assaillants sont arriv\u00e9s en bateau et l'arm\u00e9e a "
        "\u00e9t\u00e9 envoy\u00e9e dans la r\u00e9gion apr\u00e8s le raid, qui a aussi fait une "
        "douzaine de bless\u00e9s parmi les commer\u00e7ants."
    )
    assert not looks_english(french)
    assert looks_english(ARTICLE)
    assert _only_reject(ingest_file("fr.txt", french.encode())).reason == "not_english"


@pytest.mark.parametrize("name", ["page.html", "PAGE.HTM", "dir/page.htm"])
def test_html_is_kept_as_markup(name):
    html = b"<html><body><p>Nine people were killed in the raid.</p></body></html>"
    doc = _only_doc(ingest_file(name, html))
    assert doc.media_type == "text/html"
    assert doc.raw_text == html.decode()


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("report.pdf", "unsupported_type"),
        ("README", "unsupported_type"),
        ("data.json", "unsupported_type"),
        ("story.meta.json", "orphan_sidecar"),
    ],
)
def test_other_files_are_rejected(name, reason):
    reject = _only_reject(ingest_file(name, b"%PDF-1.4 whatever"))
    assert reject.reason == reason
    assert reject.source_file == name


def test_read_text_document_directly_with_media_type():
    result = read_text_document("x.txt", ARTICLE.encode(), None, "text/plain")
    assert _only_doc(result).media_type == "text/plain"


# --- .jsonl --------------------------------------------------------------------------------


def _jsonl(*lines) -> bytes:
    return "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines).encode()


def test_jsonl_good_and_bad_lines():
    data = _jsonl(
        {"text": ARTICLE, "id": "a-1", "outlet": "Example Wire", "published_at": "2023-06-02"},
        '{"text": "Two soldiers were killed", "outlet": "x" "y"}',
        "",
        '["text", "not an object"]',
        {"id": 7, "url": "https://example.org"},
        {"text": "   "},
        {"text": 12},
        {"text": "Shelling hit the town overnight.", "outlet": 5},
        {"text": "Shelling hit the town overnight.", "published_at": "yesterday"},
        {"text": "Shelling hit the town overnight.", "id": True},
        {"text": "Rockets struck the depot at dawn, officials said.", "id": 9},
        "   ",
    )
    result = ingest_file("batch/day1.jsonl", data)
    assert [d.source_line for d in result.documents] == [1, 11]
    first, last = result.documents
    assert first.source_id == "a-1"
    assert first.outlet_hint == "Example Wire"
    assert first.published_hint == "2023-06-02"
    assert first.raw_text == ARTICLE
    assert first.doc_id == doc_id_for(ARTICLE)
    assert last.source_id == "9"
    assert all(d.source_file == "batch/day1.jsonl" for d in result.documents)

    got = [(r.source_line, r.reason) for r in result.rejects]
    assert got == [
        (2, "bad_json"),
        (4, "not_object"),
        (5, "missing_text"),
        (6, "missing_text"),
        (7, "bad_field"),
        (8, "bad_field"),
        (9, "bad_field"),
        (10, "bad_field"),
    ]
    for r in result.rejects:
        assert r.detail.startswith(f"line {r.source_line}")
        assert r.source_file == "batch/day1.jsonl"
    assert "not valid JSON" in result.rejects[0].detail
    assert "column" in result.rejects[0].detail
    assert "'outlet'" in result.rejects[5].detail
    assert "'published_at'" in result.rejects[6].detail


def test_every_input_line_is_accounted_for():
    data = _jsonl({"text": "One killed in blast."}, "{oops", {"nope": 1}, {"text": "Two hurt."})
    result = read_jsonl("f.jsonl", data)
    lines = sorted(
        [d.source_line for d in result.documents] + [r.source_line for r in result.rejects]
    )
    assert lines == [1, 2, 3, 4]


def test_same_text_twice_gives_one_id():
    data = _jsonl({"text": "Two soldiers were killed."}, {"text": "Two soldiers were killed.  "})
    docs = read_jsonl("f.jsonl", data).documents
    assert len({d.doc_id for d in docs}) == 1


def test_jsonl_in_utf16_and_empty_file():
    data = b"\xff\xfe" + '{"text": "Shelling \u2014 three dead."}\n'.encode("utf-16-le")
    doc = _only_doc(ingest_file("x.jsonl", data))
    assert doc.raw_text == "Shelling \u2014 three dead."
    assert doc.encoding == "utf-16"
    assert _only_reject(ingest_file("x.jsonl", b"")).reason == "empty"


def test_jsonl_language_line_rejected_others_kept():
    data = _jsonl({"text": "Two killed.", "language": "de"}, {"text": "Two killed."})
    result = read_jsonl("f.jsonl", data)
    assert [r.reason for r in result.rejects] == ["not_english"]
    assert [d.source_line for d in result.documents] == [2]


def test_reject_reasons_are_from_the_documented_set():
    inputs = [
        ("a.txt", b""),
        ("b.txt", b"\x00\x00abc"),
        ("c.doc", b"abc"),
        ("d.jsonl", _jsonl("{", "[]", {"x": 1}, {"text": 1})),
    ]
    for name, data in inputs:
        for r in ingest_file(name, data).rejects:
            assert r.reason in REASONS
            assert r.detail[0].islower() or r.detail[0].isupper()
            assert len(r.detail.split()) >= 6
