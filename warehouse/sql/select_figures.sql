-- One figure per (incident, party, metric, subject).
--   best   the current value of the preferred claimant: the party's own authorities first
--          (claimant_party = party), then any named claimant, then the most recent, then
--          the most reported; a claimant's later value supersedes its earlier ones.
--   low    the smallest current value of any claimant (an "up to" counts from 0).
--   high   the largest current value of any claimant (an open "at least" counts as its floor).
--   status disputed      two named claimants' current values do not overlap;
--          revised       the best claimant changed its figure over time;
--          corroborated  two or more independent sources give a value matching the best;
--          single_source otherwise.
with current_values as (
    select * from reconciled.statements where is_current
),

ranked as (
    select
        *,
        row_number() over (
            partition by incident_id, party_key, metric, subject
            order by
                (claimant_party is not null and claimant_party = party) desc,
                (claimant is not null) desc,
                said_on desc nulls last,
                n_sources desc,
                precision_rank desc,
                point desc
        ) as preference
    from current_values
),

best as (
    select * from ranked where preference = 1
),

spread as (
    select
        incident_id, party_key, metric, subject,
        min(coalesce(low, 0)) as low,
        max(coalesce(high, low)) as high,
        count(*) as n_claimants,
        -- named claimants whose ranges do not overlap
        max(coalesce(high, low)) filter (where claimant is not null) as named_max_high,
        min(low) filter (where claimant is not null) as named_min_low,
        bool_or(high is null) filter (where claimant is not null) as named_open
    from current_values
    group by all
),

history as (
    select
        incident_id, party_key, metric, subject,
        max(said_on) as as_of,
        cast(count(distinct claim_id) as bigint) as n_claims,
        list(distinct claim_id order by claim_id) as claim_ids
    from reconciled.statements, unnest(claim_ids) as t(claim_id)
    group by all
),

articles as (
    select
        incident_id, party_key, metric, subject,
        cast(count(distinct article_id) as bigint) as n_articles,
        cast(count(distinct source_key) as bigint) as n_independent_sources
    from reconciled.claims
    where parent_claim_id is null
    group by all
),

support as (
    -- independent sources whose current value for the figure agrees with the best one
    select
        b.incident_id, b.party_key, b.metric, b.subject,
        count(distinct s.source_key) as n_supporting
    from best b
    join current_values c
        on c.incident_id = b.incident_id and c.party_key = b.party_key
        and c.metric = b.metric and c.subject = b.subject
        and coalesce(c.low, 0) <= b.point and b.point <= coalesce(c.high, c.low, b.point)
    cross join unnest(c.source_keys) as s(source_key)
    group by all
),

superseded as (
    select
        incident_id, party_key, metric, subject, claimant_key,
        string_agg(
            format('{} ({})', cast(point as bigint), coalesce(cast(said_on as varchar), 'undated')),
            ', ' order by position
        ) as earlier
    from reconciled.statements
    where not is_current
    group by all
),

typed as (
    select
        b.incident_id,
        b.party,
        b.metric,
        b.subject,
        cast(b.point as double) as best,
        cast(least(sp.low, b.point) as double) as low,
        cast(greatest(sp.high, b.point) as double) as high,
        case
            when sp.named_min_low is not null and sp.named_max_high is not null
                and sp.named_min_low > (
                    select min(coalesce(c.high, c.low)) from current_values c
                    where c.incident_id = b.incident_id and c.party_key = b.party_key
                      and c.metric = b.metric and c.subject = b.subject
                      and c.claimant is not null
                ) then 'disputed'
            when b.n_values > 1 and su.earlier is not null then 'revised'
            when coalesce(sup.n_supporting, 0) >= 2 then 'corroborated'
            else 'single_source'
        end as status,
        h.as_of,
        b.claimant,
        h.n_claims,
        a.n_articles,
        a.n_independent_sources,
        h.claim_ids,
        sp.n_claimants,
        coalesce(sup.n_supporting, 0) as n_supporting,
        su.earlier,
        b.said_on as best_said_on,
        b.n_articles as best_n_articles,
        b.qualifier as best_qualifier,
        b.claimant_party = b.party as own_tally
    from best b
    join spread sp using (incident_id, party_key, metric, subject)
    join history h using (incident_id, party_key, metric, subject)
    join articles a using (incident_id, party_key, metric, subject)
    left join support sup using (incident_id, party_key, metric, subject)
    left join superseded su using (incident_id, party_key, metric, subject, claimant_key)
),

final as (
    select
        incident_id, party, metric, subject, best, low, high, status, as_of, claimant,
        n_claims, n_articles, n_independent_sources, claim_ids,
        concat_ws(' ',
            format('Best = {} ({}), the current figure of {}{}, said {} and reported in {} article(s).',
                cast(best as bigint), best_qualifier, coalesce(claimant, 'an unattributed source'),
                case when own_tally then ' (the party''s own tally)' else '' end,
                coalesce(cast(best_said_on as varchar), 'on an unknown day'), best_n_articles),
            case when earlier is not null
                then format('It supersedes that claimant''s earlier {}.', earlier) end,
            format('Low/high span the current figures of {} claimant(s); {} independent source(s) agree with the best.',
                n_claimants, n_supporting)
        ) as method
    from typed
)

select * from final
order by incident_id, party, metric, subject
