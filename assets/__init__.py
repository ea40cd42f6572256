"""Thin Dagster assets, one module per layer: bind inputs, call the core, validate, store."""
