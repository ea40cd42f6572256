"""The per-article assets over small inboxes of our own: what they store, and that they
only process what is new."""

import json

import dagster as dg
import pytest

from assets.extracted import article_totals, claims
from assets.parsed import articles
from assets.raw import documents
from tests.conftest import query, resources

STORY = (
    "Rebels kill 14 in attack on market town\n\n"
    "Gunmen killed 14 civilians in an attack on a market in the town of Norvik on Saturday, "
    "the regional governor said on Sunday.\n\n"
    "At least 20 people were wounded, according to the local hospital.\n"
)
OTHER = (
    "Ceasefire collapses in the hills\n\n"
    "Three soldiers were killed when their patrol came under fire, the army said.\n"
)


def _materialise(selection, inbox, warehouse, run_config=None):
    return dg.materialize(
        selection,
        resources=resources(inbox, warehouse, warehouse.parent / "releases"),
        run_config=run_config,
    )


def _meta(result, node, key):
    return [
        m.metadata[key].value
        for m in result.asset_materializations_for_node(node)
        if key in m.metadata
    ]


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "story.meta.json").write_text(
        json.dumps(
            {"outlet": "Example Wire", "published_at": "2024-05-12", "url": "https://example.org/a"}
        )
    )
    (folder / "copy of story.txt").write_text(STORY, encoding="utf-8")  # the same text again
    (folder / "batch.jsonl").write_text(
        json.dumps({"id": "x1", "text": OTHER, "outlet": "Hill Times"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "x2"})
        + "\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    return folder


def test_raw_documents_and_rejects_account_for_every_input(inbox, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    result = _materialise([documents], inbox, warehouse)
    assert result.success
    docs = query(
        warehouse,
        "select source_file, source_line, outlet_hint, published_hint "
        "from raw.documents order by source_file",
    )
    # the duplicate text is one row; the JSONL's good line is a document
    assert len(docs) == 2
    assert ("batch.jsonl", 1, "Hill Times", None) in docs
    story = [d for d in docs if d[0] != "batch.jsonl"][0]
    assert story[2:] == ("Example Wire", "2024-05-12")
    rejects = query(
        warehouse,
        "select source_file, source_line, reason from raw.rejects "
        "order by source_file, source_line",
    )
    assert {(r[0], r[1]) for r in rejects} == {
        ("batch.jsonl", 2),
        ("batch.jsonl", 3),
        ("empty.txt", None),
        ("scan.pdf", None),
    }
    details = query(warehouse, "select detail from raw.rejects")
    assert all(len(d[0]) > 20 for d in details)


def test_raw_layer_reads_only_new_or_changed_files(inbox, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    _materialise([documents], inbox, warehouse)
    again = _materialise([documents], inbox, warehouse)
    assert _meta(again, "documents", "files_read") == [0]
    (inbox / "new.txt").write_text(OTHER.replace("Three", "Four"), encoding="utf-8")
    third = _materialise([documents], inbox, warehouse)
    assert _meta(third, "documents", "files_read") == [1]
    assert _meta(third, "documents", "documents_added") == [1]
    refresh = _materialise(
        [documents], inbox, warehouse, {"ops": {"documents": {"config": {"full_refresh": True}}}}
    )
    assert _meta(refresh, "documents", "files_read") == [6]
    assert query(warehouse, "select count(*) from raw.documents") == [(3,)]


def test_parse_and_extract_are_incremental_and_store_claims(inbox, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    first = _materialise([documents, articles, claims, article_totals], inbox, warehouse)
    assert first.success
    assert _meta(first, "parsed__articles", "articles_parsed") == [2]
    assert _meta(first, "claims", "articles_read") == [2]
    outlets = query(warehouse, "select outlet, published_on from parsed.articles order by 1")
    assert ("Example Wire", __import__("datetime").date(2024, 5, 12)) in outlets
    killed = query(
        warehouse,
        "select low, high, subject from extracted.claims "
        "where metric = 'killed' and not is_background order by low",
    )
    assert (3.0, 3.0, "military") in killed and (14.0, 14.0, "civilian") in killed
    spans = query(
        warehouse,
        "select count(*) from extracted.claims c join parsed.articles a "
        "using (article_id) where c.span_end > length(a.body) or c.span_start < 0",
    )
    assert spans == [(0,)]
    totals = dict(
        query(warehouse, "select metric, max(value) from extracted.article_totals group by metric")
    )
    assert totals["killed"] == 14 and totals["wounded"] == 20

    second = _materialise([documents, articles, claims, article_totals], inbox, warehouse)
    assert _meta(second, "parsed__articles", "articles_parsed") == [0]
    assert _meta(second, "claims", "articles_read") == [0]
