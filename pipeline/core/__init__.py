"""Pure domain logic: ingest, parse, extract. No Dagster, no DuckDB, no file system."""
