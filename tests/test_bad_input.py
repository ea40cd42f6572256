"""Bad input: every messy file or line ends as a row of raw.documents or raw.rejects with a
reason a person can act on, the rest of the batch goes on, and no asset raises.

The inbox is generated here (no committed binaries). ``CASES`` maps each input (file, JSONL
line) to what it must become: ``DOC`` or the reject reason.
"""

import json
import os
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import dagster as dg
import pytest

from assets.raw import documents
from tests.conftest import query, resources

DOC = "document"
LINKED_PAIR = {("inside_link.txt", None), ("name with spaces.txt", None)}
MAX_PEOPLE = 10_000_000  # no single incident's toll is larger; checks/quality.py agrees
FILLER = (
    "the officials said that the convoy was moving along the river when it came under "
    "fire and that the wounded were taken to a hospital in the town by the army"
)
PROSE = (
    "the army said that a convoy moved along the river near the old bridge while officials "
    "in the capital met with envoys from several countries to discuss aid and the "
    "reopening of roads after heavy rain in the region"
)


def _story(seed: int, words: int = 60) -> str:
    """Unique English prose: a figure and enough function words to read as English."""
    rng = random.Random(seed)
    places = ["Norvik", "Castelmar", "Ostrava Nova", "Kelbajar", "Tavush", "Sarnia"]
    lines = [
        f"Shelling near {rng.choice(places)} killed {seed % 17 + 2} soldiers on Tuesday, the "
        "defence ministry said in a statement.",
    ]
    filler = FILLER.split()
    lines.append(" ".join(rng.choice(filler) for _ in range(words)).capitalize() + ".")
    lines.append(f"Story reference {seed}.")
    return "\n\n".join(lines) + "\n"


def _prose(n_bytes: int, seed: int) -> str:
    """One paragraph of English prose without line breaks, about ``n_bytes`` long."""
    rng = random.Random(seed)
    words = PROSE.split()
    parts, size = ["Two soldiers were killed near the bridge, the army said on Monday. "], 0
    while size < n_bytes:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20)))
        parts.append(sentence.capitalize() + ". ")
        size += len(parts[-1])
    return "".join(parts)


FRENCH = (
    "Les forces armées ont annoncé mardi que plusieurs soldats avaient été tués lors "
    "d'affrontements à la frontière. Selon le ministère, les combats ont commencé dans la nuit "
    "et se sont poursuivis jusqu'au matin dans trois villages de la région. Des habitants ont "
    "fui vers la ville voisine, où des abris ont été ouverts par les autorités locales pour "
    "accueillir les familles déplacées."
)
ARABIC = (
    "قالت وزارة الدفاع يوم الثلاثاء إن عددا من الجنود قتلوا في اشتباكات على الحدود "
    "واستمرت المعارك طوال الليل في ثلاث قرى في المنطقة وفر السكان إلى المدينة المجاورة "
    "حيث فتحت السلطات المحلية ملاجئ لاستقبال العائلات النازحة من القرى الحدودية "
    "وأعلنت المستشفيات حالة الطوارئ بعد وصول عشرات الجرحى من المدنيين والعسكريين"
)
SCRIPTS_ONLY = (
    "<!doctype html><html><head><title></title><style>body{color:red}.x{margin:0}</style>"
    "<script>var a = 1; function f(){ return a + 2; }</script></head>"
    "<body><script>document.write('loading');</script><style>p{}</style>"
    "<noscript></noscript></body></html>"
)
ARTICLE_HTML = (
    "<html><head><title>Border clash kills 9 | Example Post</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Border clash "
    "kills 9</h1><p>Nine soldiers were killed in a clash on the border on Monday, the defence "
    "ministry said, and at least 14 others were wounded in the fighting.</p><p>The ministry "
    "said the fighting began before dawn and lasted for several hours near the village of "
    "Upper Norvik, where houses were damaged by artillery fire.</p></article>"
    "<footer>Copyright Example Post</footer></body></html>"
)
ABSURD = (
    "Officials said 10^30 people were killed in the attack on Monday.\n\n"
    "The army said 1,000,000,000,000,000,000,000,000,000,000 soldiers were killed.\n\n"
    "Police said -5 civilians were killed and −12 were wounded.\n\n"
    "A spokesman said 99999999999999999999 fighters were wounded in the clashes.\n\n"
    "The ministry said minus 4 soldiers were killed, and the rebels claimed that some "
    "12 billion people had been killed.\n"
)
FUTURE_TEXT = (
    "On 3 March 2099, 11 soldiers were killed in an ambush near Castelmar, the defence "
    "ministry said.\n"
)


def _jsonl_lines(today: date) -> list[tuple[str, str]]:
    """(line, expected) for batch.jsonl, in order; line numbers are 1-based."""
    future = (today + timedelta(days=30)).isoformat()
    return [
        (json.dumps({"id": "ok-1", "text": _story(101), "outlet": "Line Times"}), DOC),
        ('{"id": "broken", "text": "Soldiers were killed', "bad_json"),
        (json.dumps({"id": "no-text", "outlet": "Line Times"}), "missing_text"),
        (json.dumps({"id": "t-int", "text": 42}), "bad_field"),
        (json.dumps({"id": "o-list", "text": _story(102), "outlet": ["a", "b"]}), "bad_field"),
        (json.dumps({"id": ["not", "an", "id"], "text": _story(103)}), "bad_field"),
        (json.dumps({"id": "huge", "text": _prose(3_000_000, 104)}), DOC),
        ("[1, 2, 3]", "not_object"),
        ('{"id": ' + "9" * 5000 + ', "text": "Three soldiers were killed."}', "bad_json"),
        ("[" * 100_000, "bad_json"),
        ('{"id": "surrogate", "text": "Five soldiers \\ud800 were killed."}', "bad_field"),
        ('{"id": "nul", "text": "Six soldiers\\u0000 were killed."}', "bad_field"),
        (json.dumps({"id": "future", "text": _story(105), "published_at": future}), "bad_field"),
        (
            json.dumps({"id": "bad-date", "text": _story(106), "published_at": "2022-13-45"}),
            "bad_field",
        ),
        (
            json.dumps(
                {"id": "unknown-keys", "text": _story(107), "colour": "blue", "tags": [1, 2]}
            ),
            DOC,
        ),
        (json.dumps({"id": "fr", "text": FRENCH, "language": "fr"}), "not_english"),
        (json.dumps({"text": "   "}), "missing_text"),
    ]


def build_bad_inbox(root: Path, today: date) -> dict[tuple[str, int | None], str]:
    """Write the bad inbox; return {(source_file, source_line): DOC or reject reason}."""
    inbox = root / "inbox"
    outside = root / "outside"
    inbox.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("SECRET outside the inbox: 999 soldiers were killed.\n")
    (outside / "secret.meta.json").write_text(json.dumps({"outlet": "SECRET OUTLET"}))
    (outside / "folder").mkdir()
    (outside / "folder" / "inner.txt").write_text("SECRET folder: 888 soldiers were killed.\n")
    cases: dict[tuple[str, int | None], str] = {}

    def put(name: str, data: bytes | str, expected: str) -> None:
        path = inbox / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases[(name, None)] = expected

    curly = (
        "\u201cWe lost 7 soldiers,\u201d the commander said on Friday \u2013 the army\u2019s "
        "worst day this year, according to officials in the capital.\n"
    )
    put("empty.txt", b"", "empty")
    put("blank.txt", b"  \n\t \r\n   ", "empty")
    put("nbsp_only.txt", "\u00a0\u2003\n\u3000\n", "empty")
    put("random.txt", random.Random(7).randbytes(8192), "binary")
    put("nul_bytes.txt", b"Four soldiers were\x00\x00 killed on the border.\n", "binary")
    put("control_chars.txt", b"\x07\x08\x1b" * 40 + b"Two were killed.\n", "binary")
    put("utf16_bom.txt", _story(1).encode("utf-16"), DOC)
    put("utf8_bom.txt", b"\xef\xbb\xbf" + _story(2).encode("utf-8"), DOC)
    put("cp1252_curly.txt", (_story(3) + curly).encode("cp1252"), DOC)
    put(
        "latin1.txt",
        (_story(4) + "Caf\u00e9 owners \u00ab fled \u00bb the town, said Jos\u00e9.\n").encode(
            "latin-1"
        ),
        DOC,
    )
    put("invalid_utf8.txt", _story(5).encode() + b"\xc3\x28 broken \xa0\xa1 bytes\n", DOC)
    put("undecodable.txt", _story(6).encode() + b"\x81\x8d\x8f\x90\x9d\n", "undecodable")
    put("broken_utf16.txt", b"\xff\xfe" + _story(7).encode("utf-16-le")[:-1], "undecodable")
    put("too_large.txt", ("x" * 1023 + "\n").encode() * (10 * 1024 + 1), "too_large")
    put("one_5mb_paragraph.txt", _prose(5 * 1024 * 1024, 8), DOC)
    put("scripts_only.html", SCRIPTS_ONLY, "no_text")
    put("empty_body.html", "<html><head></head><body>   </body></html>", "no_text")
    put("article.html", ARTICLE_HTML, DOC)
    put("french.txt", FRENCH, "not_english")
    put("arabic.txt", ARABIC, "not_english")
    put("scan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "unsupported_type")
    put("orphan.meta.json", json.dumps({"outlet": "Nobody"}), "orphan_sidecar")
    put("absurd_numbers.txt", ABSURD, DOC)
    put("future_in_text.txt", FUTURE_TEXT, DOC)
    put("name with spaces.txt", _story(9), DOC)
    put("Ελληνικά ñandú 東京.txt", _story(10), DOC)
    put("nested/deeper/article.txt", _story(11), DOC)
    put("crlf.txt", _story(12).replace("\n", "\r\n"), DOC)

    # sidecars: a broken sidecar costs its metadata, never the article
    put("sidecar_bad_json.txt", _story(20), DOC)
    put("sidecar_bad_json.meta.json", '{"outlet": "X",', "bad_sidecar")
    put("sidecar_not_object.txt", _story(21), DOC)
    put("sidecar_not_object.meta.json", "[1, 2]", "bad_sidecar")
    put("sidecar_bad_date.txt", _story(22), DOC)
    put(
        "sidecar_bad_date.meta.json",
        json.dumps({"published_at": "2022-13-45"}),
        "bad_sidecar_field",
    )
    put("sidecar_future.txt", _story(23), DOC)
    put(
        "sidecar_future.meta.json",
        json.dumps(
            {"published_at": (today + timedelta(days=400)).isoformat(), "outlet": "Future Times"}
        ),
        "bad_sidecar_field",
    )
    put("sidecar_unknown_keys.txt", _story(24), DOC)
    (inbox / "sidecar_unknown_keys.meta.json").write_text(
        json.dumps({"outlet": "Known Outlet", "colour": "blue", "nested": {"a": [1]}})
    )
    put("sidecar_wrong_types.txt", _story(25), DOC)
    put(
        "sidecar_wrong_types.meta.json",
        json.dumps({"outlet": 5, "title": ["x"]}),
        "bad_sidecar_field",
    )

    # JSONL: each line is a case of its own
    lines = _jsonl_lines(today)
    (inbox / "batch.jsonl").write_text("\n".join(line for line, _ in lines) + "\n\n")
    for n, (_, expected) in enumerate(lines, start=1):
        cases[("batch.jsonl", n)] = expected

    # links: nothing outside the inbox is read
    (inbox / "escape.txt").symlink_to(outside / "secret.txt")
    cases[("escape.txt", None)] = "outside_inbox"
    (inbox / "dotdot.txt").symlink_to(Path("..") / "outside" / "secret.txt")
    cases[("dotdot.txt", None)] = "outside_inbox"
    (inbox / "linked_folder").symlink_to(outside / "folder", target_is_directory=True)
    cases[("linked_folder", None)] = "outside_inbox"
    put("meta_escape.txt", _story(30), DOC)
    (inbox / "meta_escape.meta.json").symlink_to(outside / "secret.meta.json")
    cases[("meta_escape.meta.json", None)] = "outside_inbox"
    (inbox / "dangling.txt").symlink_to(inbox / "no_such_file.txt")
    cases[("dangling.txt", None)] = "not_a_file"
    (inbox / "inside_link.txt").symlink_to(inbox / "name with spaces.txt")
    cases[("inside_link.txt", None)] = DOC  # same text as its target: one document row
    os.mkfifo(inbox / "named_pipe.txt")  # reading it would block forever
    cases[("named_pipe.txt", None)] = "not_a_file"
    (inbox / os.fsdecode(b"bad_name_\xff.txt")).write_text(_story(31))
    cases[("bad_name_\\xff.txt", None)] = "bad_name"
    return cases


def _resources(inbox: Path, root: Path) -> dict:
    return resources(inbox, root / "ledger.duckdb", root / "releases")


def test_the_suite_covers_what_the_issue_lists(tmp_path):
    cases = build_bad_inbox(tmp_path, datetime.now(UTC).date())
    print(f"bad-input cases: {len(cases)}")
    assert len(cases) >= 60
    reasons = set(cases.values())
    for reason in (
        "empty",
        "binary",
        "undecodable",
        "too_large",
        "no_text",
        "not_english",
        "bad_json",
        "missing_text",
        "bad_field",
        "bad_sidecar",
        "bad_sidecar_field",
        "outside_inbox",
        "bad_name",
        "not_a_file",
        DOC,
    ):
        assert reason in reasons


def test_each_bad_input_ends_as_a_document_or_a_reject_with_a_reason(tmp_path):
    today = datetime.now(UTC).date()
    cases = build_bad_inbox(tmp_path, today)
    inbox, warehouse = tmp_path / "inbox", tmp_path / "ledger.duckdb"
    result = dg.materialize([documents], resources=_resources(inbox, tmp_path))
    assert result.success

    docs = query(
        warehouse,
        "select source_file, source_line, raw_text, encoding, outlet_hint, "
        "published_hint from raw.documents",
    )
    rejects = query(warehouse, "select source_file, source_line, reason, detail from raw.rejects")
    got_docs = {(d[0], d[1]) for d in docs}
    got_rejects = {(r[0], r[1]): r[2] for r in rejects}
    assert len(got_rejects) == len(rejects), "one reject per input"

    for key, expected in sorted(cases.items(), key=str):
        if expected == DOC:
            if key in LINKED_PAIR:  # the same text twice is one row, under either name
                assert len(got_docs & LINKED_PAIR) == 1
                continue
            assert key in got_docs, f"{key} should be a document"
            assert key not in got_rejects, f"{key} is a document and a reject"
        else:
            assert got_rejects.get(key) == expected, f"{key}: {got_rejects.get(key)}"
            assert key not in got_docs
    unexpected = (got_docs | set(got_rejects)) - set(cases)
    assert not unexpected

    # a reason a person can act on: a sentence saying what is wrong and what to do
    for source_file, _, reason, detail in rejects:
        assert len(detail) >= 40 and ";" in detail, (source_file, reason, detail)

    by_file = {(d[0], d[1]): d for d in docs}
    assert by_file[("utf16_bom.txt", None)][3] == "utf-16"
    curly = by_file[("cp1252_curly.txt", None)]
    assert curly[3] == "cp1252" and "\u201cWe lost 7 soldiers,\u201d" in curly[2]
    assert "Café" in by_file[("latin1.txt", None)][2]
    assert by_file[("sidecar_unknown_keys.txt", None)][4] == "Known Outlet"
    future = by_file[("sidecar_future.txt", None)]
    assert future[4] == "Future Times" and future[5] is None  # kept, without the future date
    assert by_file[("sidecar_bad_date.txt", None)][5] is None
    assert by_file[("meta_escape.txt", None)][4] is None  # the linked sidecar was not read
    assert len(by_file[("one_5mb_paragraph.txt", None)][2]) > 5_000_000
    everything = " ".join(d[2] for d in docs)
    assert "SECRET" not in everything


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    """The whole pipeline (every asset and check) over the bad inbox, without raising."""
    from checks import ALL_CHECKS
    from pipeline.definitions import all_assets

    root = tmp_path_factory.mktemp("bad_pipeline")
    build_bad_inbox(root, datetime.now(UTC).date())
    result = dg.materialize(
        [*all_assets, *ALL_CHECKS],
        resources=_resources(root / "inbox", root),
        instance=dg.DagsterInstance.ephemeral(),
        raise_on_error=False,
    )
    return root, result


def test_no_asset_raises_over_the_bad_inbox(bad_run):
    root, result = bad_run
    # a blocking check that fails is the checks doing their job (see the next test); an asset
    # step that fails is a bug
    failed = [
        (e.step_key, e.event_specific_data.error.message[:300])
        for e in result.all_events
        if e.event_type_value == "STEP_FAILURE"
        and "DagsterAssetCheckFailedError" not in e.event_specific_data.error.message
    ]
    assert failed == []
    materialised = {
        m.asset_key.to_user_string()
        for m in result.get_asset_materialization_events()
        for m in [m.event_specific_data.materialization]
    }
    assert {"raw/documents", "parsed/articles", "extracted/claims"} <= materialised
    spans = query(
        root / "ledger.duckdb",
        """
        select count(*) from extracted.claims c join parsed.articles a using (article_id)
        where c.span_start < 0 or c.span_end > length(a.body) or c.span_start > c.span_end""",
    )
    assert spans == [(0,)]
    big = query(
        root / "ledger.duckdb",
        "select length(body) from parsed.articles where length(body) > 3000000",
    )
    assert len(big) == 2  # the 5 MB paragraph and the 3 MB JSONL line were parsed whole


def test_absurd_numbers_and_future_dates_never_become_figures(bad_run):
    root, _ = bad_run
    warehouse = root / "ledger.duckdb"
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    absurd = query(
        warehouse,
        f"""
        select metric, low, high, evidence from extracted.claims
        where low < 0 or high < 0 or low > {MAX_PEOPLE} or high > {MAX_PEOPLE}""",
    )
    assert absurd == []
    figures = query(
        warehouse,
        f"""
        select party, metric, best, low, high from reconciled.figures
        where best < 0 or low < 0 or best > {MAX_PEOPLE} or high > {MAX_PEOPLE}""",
    )
    assert figures == []
    future = query(
        warehouse,
        "select metric, said_on, evidence from extracted.claims where said_on > ?",
        [tomorrow],
    )
    assert future == []
    published = query(
        warehouse,
        "select article_id, published_on from parsed.articles where published_on > ?",
        [tomorrow],
    )
    assert published == []
    # the release was published: one odd article does not hold back everyone else's data
    assert (root / "releases" / "LATEST").is_file()


def test_web_ui_listens_on_localhost_unless_told_otherwise():
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text(encoding="utf-8")
    assert "HOST ?= 127.0.0.1" in makefile
    ui = makefile[makefile.index("\nui:") :].split("\n\n")[0]
    assert "-h $(HOST)" in ui
