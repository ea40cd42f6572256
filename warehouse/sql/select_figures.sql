-- One figure per (incident, party, metric, subject), from the current value of each
-- claimant (reconciled.statements):
--   best   the current value of the preferred claimant: a number before a vague amount
--          ("dozens" is no figure to cite when one is known), then the party's own
--          authorities (claimant_party = party), then any named claimant, then the most
--          recently said, then the most independent sources, then the most precise.
--   low    the smallest current value of any claimant (an "up to" counts from 0); vague
--          amounts ("several", "dozens") count only when nothing more precise is known.
--   high   the largest current value of any claimant (an open "at least" counts as its
--          floor), and an earlier, higher value of the best claimant if it later lowered
--          its figure (a drop is kept visible, not silently taken as the new maximum).
--   status disputed      another named claimant's current value, said within a day of
--                        the best, does not overlap it;
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
                (qualifier <> 'vague') desc,
                coalesce(claimant_party = party, false) desc,
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
    -- vague amounts ("several", "dozens") only bound a figure that has nothing more precise
    select
        incident_id, party_key, metric, subject,
        coalesce(
            min(coalesce(low, 0)) filter (where qualifier <> 'vague'), min(coalesce(low, 0))
        ) as low,
        coalesce(
            max(coalesce(high, low)) filter (where qualifier <> 'vague'),
            max(coalesce(high, low))
        ) as high,
        count(*) as n_claimants
    from current_values
    group by all
),

same_day_disputes as (
    -- two named claimants of one voice (e.g. a federal and a state ministry) giving
    -- incompatible figures on the same day
    select
        a.incident_id, a.party_key, a.metric, a.subject,
        count(*) as n_disputing,
        string_agg(distinct format('{} ({}) and {} ({}) on {}', a.claimant,
            cast(a.point as bigint), b.claimant, cast(b.point as bigint), a.said_on_resolved),
            '; ') as disputing
    from reconciled.claims a
    join reconciled.claims b
        on a.incident_id = b.incident_id and a.party_key = b.party_key
        and a.metric = b.metric and a.subject = b.subject
        and a.claimant_key = b.claimant_key and a.claimant < b.claimant
        and a.said_on_resolved = b.said_on_resolved
    where a.parent_claim_id is null and b.parent_claim_id is null
        and (coalesce(a.high, 1e18) < coalesce(b.low, 0) or coalesce(b.high, 1e18) < coalesce(a.low, 0))
        and a.said_on_resolution in ('explicit', 'weekday', 'weekday_incident')
        and b.said_on_resolution in ('explicit', 'weekday', 'weekday_incident')
    group by all
),

disputes as (
    -- named claimants contradicting the best at the same time
    select
        b.incident_id, b.party_key, b.metric, b.subject,
        count(*) as n_disputing,
        string_agg(format('{} ({})', c.claimant, cast(c.point as bigint)), ', '
                   order by c.claimant) as disputing
    from best b
    join current_values c
        on c.incident_id = b.incident_id and c.party_key = b.party_key
        and c.metric = b.metric and c.subject = b.subject
        and c.claimant_key <> b.claimant_key
    where b.claimant is not null and c.claimant is not null
        and (b.said_on is null or c.said_on is null or abs(c.said_on - b.said_on) <= 1)
        and (coalesce(c.high, 1e18) < coalesce(b.low, 0) or coalesce(b.high, 1e18) < coalesce(c.low, 0))
    group by all
),

history as (
    select
        incident_id, party_key, metric, subject,
        max(coalesce(last_said_on, said_on)) as as_of,
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
        ) as earlier,
        max(point) as earlier_max
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
        cast(greatest(sp.high, b.point, coalesce(su.earlier_max, b.point)) as double) as high,
        case
            when d.n_disputing > 0 then 'disputed'
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
        su.earlier_max > b.point as dropped,
        d.disputing,
        b.said_on as best_said_on,
        b.n_sources as best_n_sources,
        b.qualifier as best_qualifier,
        coalesce(b.claimant_party = b.party, false) as own_tally
    from best b
    join spread sp using (incident_id, party_key, metric, subject)
    join history h using (incident_id, party_key, metric, subject)
    join articles a using (incident_id, party_key, metric, subject)
    left join (
        select incident_id, party_key, metric, subject, sum(n_disputing) as n_disputing,
            string_agg(disputing, '; ') as disputing
        from (select * from disputes union all by name select * from same_day_disputes)
        group by all
    ) d using (incident_id, party_key, metric, subject)
    left join support sup using (incident_id, party_key, metric, subject)
    left join superseded su using (incident_id, party_key, metric, subject, claimant_key)
),

final as (
    select
        incident_id, party, metric, subject, best, low, high, status, as_of, claimant,
        n_claims, n_articles, n_independent_sources, claim_ids,
        concat_ws(' ',
            format('Best = {} ({}): the current figure of {}{}, first said {}, in {} independent source(s).',
                cast(best as bigint), best_qualifier, coalesce(claimant, 'an unattributed source'),
                case when own_tally then ' (the party''s own tally)' else '' end,
                coalesce(cast(best_said_on as varchar), 'on an unknown day'), best_n_sources),
            case when earlier is not null
                then format('It supersedes that claimant''s earlier {}.', earlier) end,
            case when dropped
                then 'The claimant lowered its figure: the earlier, higher value is kept as the high.' end,
            case when disputing is not null
                then format('Disputed at the same time by {}.', disputing) end,
            format('Low/high span the current figures of {} claimant(s); {} independent source(s) agree with the best.',
                n_claimants, n_supporting)
        ) as method
    from typed
)

select * from final
order by incident_id, party, metric, subject
