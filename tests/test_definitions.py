"""The code location loads, with the five groups, the job, schedule, sensor and checks."""

import dagster as dg


def test_definitions_load_with_groups_checks_job_schedule_sensor():
    from pipeline.definitions import defs

    repo = defs.get_repository_def()
    groups = {node.group_name for node in repo.asset_graph.asset_nodes}
    assert groups == {"raw", "parsed", "extracted", "reconciled", "release"}
    assert defs.resolve_job_def("everything") is not None
    assert defs.resolve_schedule_def("daily").cron_schedule == "0 5 * * *"
    assert defs.resolve_sensor_def("inbox_sensor") is not None
    check_keys = repo.asset_graph.asset_check_keys
    assert dg.AssetCheckKey(dg.AssetKey(["extracted", "claims"]), "quality_suite") in check_keys
    assert dg.AssetCheckKey(dg.AssetKey(["reconciled", "figures"]), "quality_suite") in check_keys


def test_settings_follow_environment(monkeypatch, tmp_path):
    from pipeline.settings import PROJECT_ROOT, load_settings

    monkeypatch.delenv("LEDGER_INBOX", raising=False)
    assert load_settings().inbox == PROJECT_ROOT / "seeds"
    monkeypatch.setenv("LEDGER_INBOX", str(tmp_path))
    monkeypatch.setenv("LEDGER_WAREHOUSE", str(tmp_path / "x.duckdb"))
    settings = load_settings()
    assert settings.inbox == tmp_path and settings.warehouse == tmp_path / "x.duckdb"


def test_inbox_sensor_requests_a_run_only_when_files_change(tmp_path):
    from pipeline.definitions import defs, everything
    from pipeline.sensors import inbox_sensor
    from warehouse.resources import InboxResource

    sensor = inbox_sensor(everything)
    (tmp_path / "a.txt").write_text("hello")
    with dg.build_sensor_context(resources={"inbox": InboxResource(path=str(tmp_path))}) as ctx:
        first = sensor(ctx)
        assert isinstance(first, dg.RunRequest)
        cursor = ctx.cursor
    with dg.build_sensor_context(
        cursor=cursor, resources={"inbox": InboxResource(path=str(tmp_path))}
    ) as ctx:
        assert isinstance(sensor(ctx), dg.SkipReason)
        (tmp_path / "b.txt").write_text("another")
        assert isinstance(sensor(ctx), dg.RunRequest)
    assert defs is not None
