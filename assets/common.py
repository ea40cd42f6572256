"""Helpers shared by the assets: validation at the boundary, UI metadata."""

import dagster as dg
import polars as pl

from pipeline.contracts import Contract, polars_schema

PREVIEW_ROWS = 10
PREVIEW_CELL = 80


class RefreshConfig(dg.Config):
    """Set ``full_refresh`` to re-read every input instead of only what is new."""

    full_refresh: bool = False


def validated(frame: pl.DataFrame, model: type[Contract]) -> pl.DataFrame:
    """Conform a frame to its contract's column order and types, then validate it lazily,
    so that every failure is reported at once."""
    schema = polars_schema(model)
    missing = [c for c in schema if c not in frame.columns]
    if missing:
        raise ValueError(f"{model.__name__}: frame lacks contract columns {missing}")
    frame = frame.select([pl.col(name).cast(dtype) for name, dtype in schema.items()])
    return model.validate(frame, lazy=True)


def column_schema(model: type[Contract]) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[
            dg.TableColumn(name, str(dtype), description=None)
            for name, dtype in polars_schema(model).items()
        ]
    )


def markdown_preview(frame: pl.DataFrame, rows: int = PREVIEW_ROWS) -> dg.MetadataValue:
    """A small markdown table of the first rows, long cells cut, for Dagster's UI."""
    head = frame.head(rows)
    if head.width == 0:
        return dg.MetadataValue.md("_(no columns)_")

    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        text = text.replace("\n", " ").replace("|", "\\|")
        return text if len(text) <= PREVIEW_CELL else text[: PREVIEW_CELL - 1] + "…"

    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * head.width]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in head.iter_rows()]
    if head.height == 0:
        lines.append("| " + " | ".join("" for _ in head.columns) + " |")
    return dg.MetadataValue.md("\n".join(lines))


def table_metadata(
    table: str, model: type[Contract], total_rows: int, preview: pl.DataFrame, **extra: object
) -> dict[str, object]:
    return {
        "table": dg.MetadataValue.text(table),
        "dagster/row_count": dg.MetadataValue.int(total_rows),
        "dagster/column_schema": column_schema(model),
        "preview": markdown_preview(preview),
        **extra,
    }


def view_metadata(view: str, frame: pl.DataFrame, **extra: object) -> dict[str, object]:
    """Row count and preview for an asset that is a view (no contract of its own)."""
    return {
        "table": dg.MetadataValue.text(f"{view} (view)"),
        "dagster/row_count": dg.MetadataValue.int(frame.height),
        "preview": markdown_preview(frame),
        **extra,
    }
