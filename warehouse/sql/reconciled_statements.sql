-- reconciled.statements: each distinct value a claimant gave for one figure, in the order it
-- was said. A figure is (incident, party, metric, subject); breakdown children are checked
-- against their total in reconciled.consistency, not counted here.
create or replace view reconciled.statements as
with source as (
    select * from reconciled.claims where parent_claim_id is null
),

grouped as (
    select
        incident_id, party, party_key, metric, subject, claimant_key,
        any_value(claimant) as claimant,
        any_value(claimant_party) as claimant_party,
        said_on_resolved as said_on,
        low, high, qualifier,
        any_value(point) as point,
        max(precision_rank) as precision_rank,
        count(distinct article_id) as n_articles,
        count(distinct source_key) as n_sources,
        list(distinct claim_id order by claim_id) as claim_ids,
        list(distinct source_key order by source_key) as source_keys
    from source
    group by all
),

ordered as (
    select
        *,
        row_number() over series_order as position,
        count(*) over (partition by incident_id, party_key, metric, subject, claimant_key)
            as n_values,
        lead(said_on) over series_order as next_said_on,
        lead(point) over series_order as next_point
    from grouped
    window series_order as (
        partition by incident_id, party_key, metric, subject, claimant_key
        order by said_on asc nulls first, precision_rank, point, coalesce(high, point)
    )
)

select
    *,
    position = n_values as is_current
from ordered
