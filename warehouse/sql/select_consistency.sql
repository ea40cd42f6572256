-- Cross-checks between figures. A failed check is a warning for an analyst, except
-- best_within_range, which no correct reconciliation can fail.
with figures as (
    select * from reconciled.figures
),

sides as (
    select incident_id, metric, subject,
        sum(best) as side_sum,
        count(*) as n_sides,
        string_agg(format('{} {}', party, cast(best as bigint)), ' + ' order by party) as terms
    from figures
    where party is not null and party <> 'both'
    group by all
),

side_sum as (
    select
        t.incident_id,
        'total_equals_sum_of_sides' as "check",
        s.side_sum as expected,
        t.best as observed,
        abs(t.best - s.side_sum) < 0.5 as passed,
        format('{} {} ({}): stated two-sided total {} against the sum of the sides {} = {}',
            t.metric, t.subject, t.incident_id, cast(t.best as bigint), s.terms,
            cast(s.side_sum as bigint)) as detail
    from figures t
    join sides s using (incident_id, metric, subject)
    where t.party = 'both' and s.n_sides >= 2
),

children as (
    select
        p.claim_id as parent_id,
        any_value(p.incident_id) as incident_id,
        any_value(p.low) as parent_low,
        sum(c.low) as children_sum,
        any_value(p.metric) as metric,
        any_value(p.article_id) as article_id,
        count(*) as n_children
    from reconciled.claims c
    join reconciled.claims p on c.parent_claim_id = p.claim_id
    group by p.claim_id
),

breakdown as (
    select
        incident_id,
        'breakdown_adds_up' as "check",
        parent_low as expected,
        children_sum as observed,
        abs(parent_low - children_sum) < 0.5 as passed,
        format('claim {} in article {}: {} {} broken down into {} parts summing to {}',
            parent_id, article_id, cast(parent_low as bigint), metric, n_children,
            cast(children_sum as bigint)) as detail
    from children
),

within_range as (
    select
        incident_id,
        'best_within_range' as "check",
        best as expected,
        best as observed,
        coalesce(low, best) <= best and best <= coalesce(high, best) as passed,
        format('{} {} {}: best {} within [{}, {}]', coalesce(party, 'unspecified party'),
            metric, subject, best, coalesce(cast(low as varchar), '-'),
            coalesce(cast(high as varchar), '-')) as detail
    from figures
),

final as (
    select * from side_sum
    union all
    select * from breakdown
    union all
    select * from within_range
)

select
    incident_id, "check", cast(expected as double) as expected,
    cast(observed as double) as observed, passed, detail
from final
order by incident_id, "check", detail
