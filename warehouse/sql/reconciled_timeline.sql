-- reconciled.timeline: each figure's history read in order, one row per statement: who
-- said what, when, in how many articles, whether it is still current, and the figure's
-- best value beside it.
create or replace view reconciled.timeline as
with source as (
    select * from reconciled.statements
),

typed as (
    select
        s.incident_id,
        s.party,
        s.metric,
        s.subject,
        s.said_on,
        s.claimant_key as voice,
        array_to_string(s.claimants, ', ') as claimants,
        case
            when s.qualifier = 'exact' then cast(cast(s.point as bigint) as varchar)
            when s.high is null then format('{} {}', s.qualifier, cast(s.low as bigint))
            else format('{} {}-{}', s.qualifier, cast(s.low as bigint), cast(s.high as bigint))
        end as value,
        s.low,
        s.high,
        s.n_articles,
        s.n_sources,
        case when s.is_current then 'current' else 'superseded' end as state,
        f.best as figure_best,
        f.status as figure_status
    from source s
    left join reconciled.figures f
        on f.incident_id = s.incident_id and f.party is not distinct from s.party
        and f.metric = s.metric and f.subject = s.subject
)

select * from typed
order by incident_id, party, metric, subject, said_on nulls first, voice
