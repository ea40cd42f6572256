-- reconciled.claims: every own (non-background) claim with its incident and the day it
-- was said, resolved as far as the text allows. A weekday in an undated article is
-- resolved against the incident's anchor (its latest publication date): the latest such
-- weekday on or before the anchor.
create or replace view reconciled.claims as
with source as (
    select c.*, m.incident_id, a.published_on, a.duplicate_of, a.outlet, i.anchor_on
    from extracted.claims c
    join reconciled.incident_articles m using (article_id)
    join parsed.articles a using (article_id)
    join reconciled.incidents i using (incident_id)
    where not c.is_background
),

typed as (
    select
        *,
        case
            when said_on is not null then said_on
            when said_weekday is not null and anchor_on is not null
                then anchor_on - cast(((isodow(anchor_on) - 1 - said_weekday + 7) % 7) as integer)
            else published_on
        end as said_on_resolved,
        case
            when said_on is not null then said_on_source
            when said_weekday is not null and anchor_on is not null then 'weekday_incident'
            when published_on is not null then 'published'
            else 'unknown'
        end as said_on_resolution,
        coalesce(claimant, '(unattributed)') as claimant_key,
        coalesce(party, '(unspecified)') as party_key,
        coalesce(duplicate_of, article_id) as source_key,
        case qualifier
            when 'exact' then 4 when 'about' then 3 when 'almost' then 3
            when 'at_least' then 2 when 'more_than' then 2 when 'up_to' then 1
            else 0
        end as precision_rank,
        case
            when qualifier = 'almost' then coalesce(high, low)
            else coalesce(low, high)
        end as point
    from source
)

select * from typed
