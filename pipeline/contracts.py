"""pandera contracts: one model per public table, checked at every asset boundary.

The DuckDB DDL is generated from these models (``warehouse.ddl``), so a column is declared
once. Enumerations mirror ``shared/design/data-contract.md``.
"""

import pandera.polars as pa
import polars as pl

UTC = "UTC"
METRICS = ["killed", "wounded", "missing", "captured", "casualties", "area_km2"]
SUBJECTS = ["military", "civilian", "police", "militant", "unspecified"]
QUALIFIERS = ["exact", "at_least", "more_than", "about", "almost", "up_to", "vague"]
SAID_ON_SOURCES = ["explicit", "weekday", "published", "unknown"]
PARTY_SOURCES = ["text", "place"]
PUBLISHED_SOURCES = ["metadata", "text", "inferred", "unknown"]
FIGURE_STATUSES = ["single_source", "corroborated", "revised", "disputed", "inconsistent"]


class Contract(pa.DataFrameModel):
    class Config:
        strict = True  # no undeclared columns: the contract is the whole table
        coerce = False


# raw -------------------------------------------------------------------------------------


class Documents(Contract):
    """raw.documents: one row per distinct input text."""

    doc_id: pl.Utf8 = pa.Field(unique=True, str_length={"min_value": 8})
    source_file: pl.Utf8
    source_line: pl.Int64 = pa.Field(nullable=True, ge=1)
    source_id: pl.Utf8 = pa.Field(nullable=True)
    url: pl.Utf8 = pa.Field(nullable=True)
    outlet_hint: pl.Utf8 = pa.Field(nullable=True)
    published_hint: pl.Utf8 = pa.Field(nullable=True)
    title_hint: pl.Utf8 = pa.Field(nullable=True)
    language_hint: pl.Utf8 = pa.Field(nullable=True)
    media_type: pl.Utf8 = pa.Field(isin=["text/plain", "text/html"])
    raw_text: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    encoding: pl.Utf8
    byte_size: pl.Int64 = pa.Field(ge=0)
    ingested_at: pl.Datetime("us", UTC)


class Rejects(Contract):
    """raw.rejects: every input file or line that did not become a document, and why."""

    source_file: pl.Utf8
    source_line: pl.Int64 = pa.Field(nullable=True, ge=1)
    reason: pl.Utf8 = pa.Field(str_matches=r"^[a-z_]+$")
    detail: pl.Utf8 = pa.Field(str_length={"min_value": 10})
    seen_at: pl.Datetime("us", UTC)


class Files(Contract):
    """raw.files: what was read from the inbox, so the next run reads only what is new."""

    source_file: pl.Utf8 = pa.Field(unique=True)
    byte_size: pl.Int64 = pa.Field(ge=0)
    mtime_ns: pl.Int64
    sha256: pl.Utf8 = pa.Field(str_length={"min_value": 64, "max_value": 64})
    n_documents: pl.Int64 = pa.Field(ge=0)
    n_rejects: pl.Int64 = pa.Field(ge=0)
    read_at: pl.Datetime("us", UTC)


# parsed ----------------------------------------------------------------------------------


class Articles(Contract):
    """parsed.articles: one clean article per document."""

    article_id: pl.Utf8 = pa.Field(unique=True)
    title: pl.Utf8 = pa.Field(nullable=True)
    outlet: pl.Utf8 = pa.Field(nullable=True)
    byline: pl.Utf8 = pa.Field(nullable=True)
    dateline: pl.Utf8 = pa.Field(nullable=True)
    # the outlet or agency the dateline credits ("KYIV (Reuters) -"): every rewrite of one
    # agency's wire copy is one independent source
    credit: pl.Utf8 = pa.Field(nullable=True)
    published_on: pl.Date = pa.Field(nullable=True)
    published_on_source: pl.Utf8 = pa.Field(isin=PUBLISHED_SOURCES)
    language: pl.Utf8 = pa.Field(nullable=True)
    body: pl.Utf8
    n_paragraphs: pl.Int64 = pa.Field(ge=0)
    n_boilerplate_removed: pl.Int64 = pa.Field(ge=0)
    n_duplicates_removed: pl.Int64 = pa.Field(ge=0)
    duplicate_of: pl.Utf8 = pa.Field(nullable=True)
    body_fingerprint: pl.Utf8
    parser_version: pl.Utf8


# extracted -------------------------------------------------------------------------------


class Claims(Contract):
    """extracted.claims: one row per figure an article states."""

    claim_id: pl.Utf8 = pa.Field(unique=True)
    article_id: pl.Utf8
    kind: pl.Utf8 = pa.Field(isin=["casualty", "territory"])
    metric: pl.Utf8 = pa.Field(isin=METRICS)
    party: pl.Utf8 = pa.Field(nullable=True)
    party_source: pl.Utf8 = pa.Field(nullable=True, isin=PARTY_SOURCES)
    subject: pl.Utf8 = pa.Field(isin=SUBJECTS)
    low: pl.Float64 = pa.Field(nullable=True, ge=0)
    high: pl.Float64 = pa.Field(nullable=True, ge=0)
    qualifier: pl.Utf8 = pa.Field(isin=QUALIFIERS)
    claimant: pl.Utf8 = pa.Field(nullable=True)
    claimant_party: pl.Utf8 = pa.Field(nullable=True)
    said_on: pl.Date = pa.Field(nullable=True)
    said_on_source: pl.Utf8 = pa.Field(isin=SAID_ON_SOURCES)
    said_weekday: pl.Int64 = pa.Field(nullable=True, ge=0, le=6)
    is_background: pl.Boolean
    parent_claim_id: pl.Utf8 = pa.Field(nullable=True)
    evidence: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    span_start: pl.Int64 = pa.Field(ge=0)
    span_end: pl.Int64 = pa.Field(ge=0)
    n_mentions: pl.Int64 = pa.Field(ge=1)
    mention_spans: pl.List(pl.List(pl.Int64))
    value_text: pl.Utf8
    extractor_version: pl.Utf8

    @pa.dataframe_check
    def low_not_above_high(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(
            pl.col("low").is_null() | pl.col("high").is_null() | (pl.col("low") <= pl.col("high"))
        )

    @pa.dataframe_check
    def span_ordered(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("span_start") < pl.col("span_end"))


class Events(Contract):
    """extracted.events: non-numeric happenings such as ceasefires."""

    event_id: pl.Utf8 = pa.Field(unique=True)
    article_id: pl.Utf8
    kind: pl.Utf8
    actor: pl.Utf8 = pa.Field(nullable=True)
    target: pl.Utf8 = pa.Field(nullable=True)
    occurred_at: pl.Datetime("us", UTC) = pa.Field(nullable=True)
    occurred_on: pl.Date = pa.Field(nullable=True)
    occurred_weekday: pl.Int64 = pa.Field(nullable=True, ge=0, le=6)
    occurred_clock: pl.Utf8 = pa.Field(
        nullable=True, str_matches=r"^\d{2}:\d{2}([+-]\d{2}:\d{2})?$"
    )
    claimant: pl.Utf8 = pa.Field(nullable=True)
    said_on: pl.Date = pa.Field(nullable=True)
    evidence: pl.Utf8
    span_start: pl.Int64 = pa.Field(ge=0)
    span_end: pl.Int64 = pa.Field(ge=0)
    extractor_version: pl.Utf8


class ExtractionRuns(Contract):
    """extracted.article_runs: which articles the current extractor has read (even those
    with no figure), so the next run reads only new ones."""

    article_id: pl.Utf8 = pa.Field(unique=True)
    parser_version: pl.Utf8
    extractor_version: pl.Utf8
    n_claims: pl.Int64 = pa.Field(ge=0)
    n_events: pl.Int64 = pa.Field(ge=0)
    n_implausible: pl.Int64 = pa.Field(ge=0)  # counts left out as impossible
    error: pl.Utf8 = pa.Field(nullable=True)  # why extraction failed, if it did
    # the places the article names (lowercase), read once here for incident grouping
    places: pl.List(pl.Utf8) = pa.Field(nullable=True)
    strong_places: pl.List(pl.Utf8) = pa.Field(nullable=True)
    extracted_at: pl.Datetime("us", UTC)


class ArticleTotals(Contract):
    """extracted.article_totals (view): each article's own reading of the toll."""

    article_id: pl.Utf8
    metric: pl.Utf8 = pa.Field(isin=METRICS)
    value: pl.Float64 = pa.Field(ge=0)
    low: pl.Float64 = pa.Field(nullable=True, ge=0)
    high: pl.Float64 = pa.Field(nullable=True, ge=0)

    class Config:
        unique = ["article_id", "metric"]


# reconciled ------------------------------------------------------------------------------


class Incidents(Contract):
    """reconciled.incidents: articles grouped into the real-world episode they report."""

    incident_id: pl.Utf8 = pa.Field(unique=True)
    label: pl.Utf8
    parties: pl.List(pl.Utf8)
    location: pl.Utf8 = pa.Field(nullable=True)
    start_on: pl.Date = pa.Field(nullable=True)
    end_on: pl.Date = pa.Field(nullable=True)
    first_reported_on: pl.Date = pa.Field(nullable=True)
    last_reported_on: pl.Date = pa.Field(nullable=True)
    anchor_on: pl.Date = pa.Field(nullable=True)
    n_articles: pl.Int64 = pa.Field(ge=1)
    n_outlets: pl.Int64 = pa.Field(ge=0)
    article_ids: pl.List(pl.Utf8)


class IncidentArticles(Contract):
    """reconciled.incident_articles: which incident each article reports."""

    article_id: pl.Utf8 = pa.Field(unique=True)
    incident_id: pl.Utf8


class Figures(Contract):
    """reconciled.figures: best/low/high per incident, party, metric and subject."""

    incident_id: pl.Utf8
    party: pl.Utf8 = pa.Field(nullable=True)
    metric: pl.Utf8 = pa.Field(isin=METRICS)
    subject: pl.Utf8 = pa.Field(isin=SUBJECTS)
    best: pl.Float64 = pa.Field(ge=0)
    low: pl.Float64 = pa.Field(nullable=True, ge=0)
    high: pl.Float64 = pa.Field(nullable=True, ge=0)
    status: pl.Utf8 = pa.Field(isin=FIGURE_STATUSES)
    as_of: pl.Date = pa.Field(nullable=True)
    claimant: pl.Utf8 = pa.Field(nullable=True)
    n_claims: pl.Int64 = pa.Field(ge=1)
    n_articles: pl.Int64 = pa.Field(ge=1)
    n_independent_sources: pl.Int64 = pa.Field(ge=1)
    claim_ids: pl.List(pl.Utf8)
    method: pl.Utf8 = pa.Field(str_length={"min_value": 10})

    class Config:
        unique = ["incident_id", "party", "metric", "subject"]


class Revisions(Contract):
    """reconciled.revisions: every distinct value a claimant gave, and what superseded it."""

    incident_id: pl.Utf8
    party: pl.Utf8 = pa.Field(nullable=True)
    metric: pl.Utf8 = pa.Field(isin=METRICS)
    subject: pl.Utf8 = pa.Field(isin=SUBJECTS)
    claimant: pl.Utf8 = pa.Field(nullable=True)
    said_on: pl.Date = pa.Field(nullable=True)
    low: pl.Float64 = pa.Field(nullable=True)
    high: pl.Float64 = pa.Field(nullable=True)
    voice: pl.Utf8  # the series: a claimant, or "<party> (own account)" for its authorities
    claimants: pl.List(pl.Utf8)  # everyone who gave this value
    n_articles: pl.Int64 = pa.Field(ge=1)
    superseded_by_said_on: pl.Date = pa.Field(nullable=True)
    note: pl.Utf8 = pa.Field(nullable=True)


class Consistency(Contract):
    """reconciled.consistency: cross-checks between figures."""

    incident_id: pl.Utf8
    check: pl.Utf8
    expected: pl.Float64 = pa.Field(nullable=True)
    observed: pl.Float64 = pa.Field(nullable=True)
    passed: pl.Boolean
    detail: pl.Utf8


class Releases(Contract):
    """ops.releases: one row per published release."""

    version: pl.Utf8 = pa.Field(unique=True)
    created_at: pl.Datetime("us", UTC)
    content_hash: pl.Utf8
    code_version: pl.Utf8
    path: pl.Utf8
    row_counts: pl.Utf8  # JSON object: table -> rows


# Where each contract is stored. Views are listed for validation only.
TABLES: dict[str, type[Contract]] = {
    "raw.documents": Documents,
    "raw.rejects": Rejects,
    "raw.files": Files,
    "parsed.articles": Articles,
    "extracted.claims": Claims,
    "extracted.events": Events,
    "extracted.article_runs": ExtractionRuns,
    "reconciled.incidents": Incidents,
    "reconciled.incident_articles": IncidentArticles,
    "reconciled.figures": Figures,
    "reconciled.revisions": Revisions,
    "reconciled.consistency": Consistency,
    "ops.releases": Releases,
}
VIEWS: dict[str, type[Contract]] = {"extracted.article_totals": ArticleTotals}


def empty_frame(model: type[Contract]) -> pl.DataFrame:
    """A zero-row frame with the contract's columns and types."""
    return pl.DataFrame(schema=polars_schema(model))


def polars_schema(model: type[Contract]) -> dict[str, pl.DataType]:
    return {name: col.dtype.type for name, col in model.to_schema().columns.items()}
