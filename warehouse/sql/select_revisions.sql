-- The history behind each figure: every value a claimant gave and what superseded it.
with source as (
    select * from reconciled.statements
),

final as (
    select
        incident_id, party, metric, subject, claimant,
        said_on, low, high, claimant_key as voice, claimants,
        cast(n_articles as bigint) as n_articles,
        case when is_current then null else coalesce(next_said_on, said_on) end
            as superseded_by_said_on,
        case
            when is_current and n_values > 1 then 'current value; supersedes earlier values'
            when is_current then 'current value'
            when next_point < point then
                'superseded by a lower figure: a drop, not a new maximum; check whether the '
                || 'category changed (e.g. dead and missing becoming dead)'
            when next_said_on is null or next_said_on = said_on then
                'superseded by a more precise figure given the same day'
            else 'superseded by a later figure from the same claimant'
        end as note
    from source
)

select * from final
order by incident_id, party, metric, subject, claimant, said_on nulls first, low
