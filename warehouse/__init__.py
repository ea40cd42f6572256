"""Storage: the DuckDB warehouse, the inbox on disk, SQL views and release publishing."""
