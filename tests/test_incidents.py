"""An inbox mixing several conflicts comes out as the right incidents with the right figures.

The fixture (tests/fixtures/mixed_inbox/) was written for this test: a village attack in
Sudan reported by two outlets a day apart (the toll rising), a police ambush in Mexico, and
an Armenia-Azerbaijan border clash of November 2021 — plus the five seed articles about
September 2022, which share parties with the 2021 clash but not its dates.
"""

import shutil

import duckdb
import pytest

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


def _incident_files(con):
    rows = con.execute(
        "select m.incident_id, list(d.source_file order by d.source_file) "
        "from reconciled.incident_articles m join raw.documents d on d.doc_id = m.article_id "
        "group by m.incident_id").fetchall()
    return sorted(files for _, files in rows)


def test_each_real_world_incident_is_one_incident(mixed):
    groups = _incident_files(mixed)
    assert len(groups) == 4, groups
    by_first = {g[0]: g for g in groups}
    assert by_first["sudan-village-attack-daily.txt"] == [
        "sudan-village-attack-daily.txt", "sudan-village-attack-wire.txt"]
    assert ["mexico-police-ambush.txt"] in groups
    assert ["caucasus-border-clash-2021.txt"] in groups
    seeds = sorted(p.name for p in SEEDS.iterdir())
    assert seeds in groups


def _figure(con, file, party, metric, subject):
    rows = con.execute(
        "select f.best, f.low, f.high, f.status, f.claimant, f.n_independent_sources "
        "from reconciled.figures f join reconciled.incident_articles m using (incident_id) "
        "join raw.documents d on d.doc_id = m.article_id where d.source_file = ? "
        "and f.party is not distinct from ? and f.metric = ? and f.subject = ?",
        [file, party, metric, subject]).fetchall()
    assert len(rows) == 1, rows
    return rows[0]


def test_figures_of_each_incident(mixed):
    clash = "caucasus-border-clash-2021.txt"
    assert _figure(mixed, clash, "Armenia", "killed", "military")[0] == 15
    assert _figure(mixed, clash, "Azerbaijan", "killed", "military")[0] == 7
    ambush = _figure(mixed, "mexico-police-ambush.txt", None, "killed", "police")
    assert ambush[0] == 7 and ambush[3] == "single_source"
    wounded = _figure(mixed, "sudan-village-attack-wire.txt", None, "wounded", "unspecified")
    assert wounded[0] == 62  # the ministry's figure, not the vague "dozens"


def test_the_rising_toll_is_revised_across_outlets(mixed):
    best, low, high, status, _, sources = _figure(
        mixed, "sudan-village-attack-wire.txt", None, "killed", "civilian")
    assert best == 40 and low == 28 and high == 40
    assert sources == 2


def test_seed_figures_are_not_mixed_with_the_2021_clash(mixed):
    assert _figure(mixed, "bbc-armenia-says-105-troops-killed.txt", "Armenia", "killed",
                   "military")[0] == 105
    assert _figure(mixed, "caucasus-border-clash-2021.txt", "Armenia", "killed",
                   "military")[0] == 15
