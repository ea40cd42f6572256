"""An inbox mixing several conflicts comes out as the right incidents with the right figures.

The fixture (tests/fixtures/mixed_inbox/) was written for this test: a village attack in
Sudan reported by two outlets a day apart (the toll rising), a police ambush in Mexico, and
an Armenia-Azerbaijan border clash of November 2021 — plus the five seed articles about
September 2022, which share parties with the 2021 clash but not its dates.
"""

import shutil

import duckdb
import pytest
import yaml

from tests.conftest import FIXTURES, SEEDS, run_pipeline


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    root = tmp_path_factory.mktemp("mixed")
    inbox = root / "inbox"
    shutil.copytree(FIXTURES / "mixed_inbox", inbox)
    for seed in SEEDS.iterdir():
        shutil.copy(seed, inbox / seed.name)
    run = run_pipeline(inbox, root / "ledger.duckdb", root / "releases")
    con = duckdb.connect(str(run.warehouse), read_only=True)
    yield con
    con.close()


GOLD = yaml.safe_load((FIXTURES / "mixed_expected.yaml").read_text(encoding="utf-8"))
FIGURES = [
    pytest.param(
        incident["files"][0],
        fig,
        id=f"{incident['files'][0][:20]}-{fig['party']}-{fig['metric']}-{fig['subject']}",
    )
    for incident in GOLD["incidents"]
    for fig in incident["figures"]
]


def _incident_files(con):
    rows = con.execute(
        "select m.incident_id, list(d.source_file order by d.source_file) "
        "from reconciled.incident_articles m join raw.documents d on d.doc_id = m.article_id "
        "group by m.incident_id"
    ).fetchall()
    return sorted(files for _, files in rows)


def test_each_real_world_incident_is_one_incident(mixed):
    assert _incident_files(mixed) == sorted(sorted(i["files"]) for i in GOLD["incidents"])


def _figure(con, file, party, metric, subject):
    rows = con.execute(
        "select f.best, f.low, f.high, f.status, f.claimant, f.n_independent_sources "
        "from reconciled.figures f join reconciled.incident_articles m using (incident_id) "
        "join raw.documents d on d.doc_id = m.article_id where d.source_file = ? "
        "and f.party is not distinct from ? and f.metric = ? and f.subject = ?",
        [file, party, metric, subject],
    ).fetchall()
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(("file", "expected"), FIGURES)
def test_figures_of_each_incident(mixed, file, expected):
    figure = _figure(mixed, file, expected["party"], expected["metric"], expected["subject"])
    assert figure[0] == expected["best"]
    assert figure[1] <= figure[0] <= figure[2]


def test_the_rising_toll_is_revised_across_outlets(mixed):
    best, low, high, status, _, sources = _figure(
        mixed, "sudan-village-attack-wire.txt", "Sudan", "killed", "civilian"
    )
    assert (best, low, high) == (40, 28, 40)
    assert sources == 2


def test_the_ministrys_wounded_figure_beats_a_vague_one(mixed):
    best, *_ = _figure(mixed, "sudan-village-attack-wire.txt", "Sudan", "wounded", "unspecified")
    assert best == 62  # "dozens" (24) is vaguer and unattributed
