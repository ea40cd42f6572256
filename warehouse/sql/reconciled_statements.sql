-- reconciled.statements: each distinct value a voice gave for one figure, in the order it
-- was said (a voice is a claimant, or all of a party's own authorities together: see
-- reconciled.claims.claimant_key). A figure is (incident, party, metric, subject); breakdown children are checked
-- against their total in reconciled.consistency, not counted here.
--
-- One statement is one value: the same value repeated on later days (or by other outlets)
-- is the same statement, dated by its first mention. A hedged value ("more than 100",
-- "nearly 50") that the same claimant also gave precisely on the same day (105, 49) is the
-- same statement as the precise one and is folded into it.
create or replace view reconciled.statements as
with source as (
    select * from reconciled.claims where parent_claim_id is null
),

values_given as (
    select
        incident_id, party, party_key, metric, subject, claimant_key, low, high, qualifier,
        -- who first gave the value (a voice may be several claimants of one party)
        -- ties on the day are broken by name, so reruns give the same answer
        arg_min(claimant, coalesce(cast(said_on_resolved as varchar), '9999-12-31') || claimant)
            filter (where claimant is not null) as claimant,
        list(distinct claimant) filter (where claimant is not null) as claimants,
        max(claimant_party) as claimant_party,
        min(said_on_resolved) as said_on,
        max(said_on_resolved) as last_said_on,
        any_value(point) as point,
        max(precision_rank) as precision_rank,
        list(distinct claim_id order by claim_id) as claim_ids,
        list(distinct article_id order by article_id) as article_ids,
        list(distinct source_key order by source_key) as source_keys
    from source
    group by incident_id, party, party_key, metric, subject, claimant_key, low, high, qualifier
),

absorbed as (
    -- a hedged value folded into a more precise value of the same claimant given that day
    select h.*, p.low as into_low, p.high as into_high, p.qualifier as into_qualifier
    from values_given h
    join values_given p
        on p.incident_id = h.incident_id and p.party_key = h.party_key
        and p.metric = h.metric and p.subject = h.subject and p.claimant_key = h.claimant_key
        and h.claimant_key <> '(unattributed)'
        and p.precision_rank > h.precision_rank
        and coalesce(h.low, 0) <= p.point and p.point <= coalesce(h.high, p.point)
        -- the precise value was (also) given that day: it is dated by its first mention
        and (
            h.said_on is null or p.said_on is null
            or h.said_on between p.said_on and coalesce(p.last_said_on, p.said_on)
        )
    qualify row_number() over (
        partition by h.incident_id, h.party_key, h.metric, h.subject, h.claimant_key,
            h.low, h.high, h.qualifier
        order by p.precision_rank desc, p.point
    ) = 1
),

merged as (
    select
        v.incident_id, v.party, v.party_key, v.metric, v.subject, v.claimant_key,
        coalesce(a.into_low, v.low) as low,
        coalesce(a.into_high, v.high) as high,
        coalesce(a.into_qualifier, v.qualifier) as qualifier,
        v.claimant, v.claimants, v.claimant_party, v.said_on, v.last_said_on, v.claim_ids,
        v.article_ids,
        v.source_keys
    from values_given v
    left join absorbed a
        on a.incident_id = v.incident_id and a.party_key = v.party_key
        and a.metric = v.metric and a.subject = v.subject and a.claimant_key = v.claimant_key
        and a.low is not distinct from v.low and a.high is not distinct from v.high
        and a.qualifier = v.qualifier
),

grouped as (
    select
        incident_id, party, party_key, metric, subject, claimant_key, low, high, qualifier,
        arg_min(claimant, coalesce(cast(said_on as varchar), '9999-12-31') || claimant)
            as claimant,
        list_sort(list_distinct(flatten(list(claimants)))) as claimants,
        max(claimant_party) as claimant_party,
        min(said_on) as said_on,
        max(last_said_on) as last_said_on,
        reconciled.point_of(qualifier, low, high) as point,
        reconciled.precision_rank(qualifier) as precision_rank,
        list_sort(list_distinct(flatten(list(claim_ids)))) as claim_ids,
        len(list_distinct(flatten(list(article_ids)))) as n_articles,
        len(list_distinct(flatten(list(source_keys)))) as n_sources,
        list_sort(list_distinct(flatten(list(source_keys)))) as source_keys
    from merged
    group by incident_id, party, party_key, metric, subject, claimant_key, low, high, qualifier
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
