-- reconciled.events: extracted events with the time they happened resolved as far as the
-- incident allows. An undated article's weekday ("8 pm Wednesday") is resolved against the
-- incident's anchor (its latest publication date), like claims in reconciled.claims; a clock
-- time with a UTC offset then gives a timezone-aware occurred_at.
create or replace view reconciled.events as
with source as (
    select e.*, m.incident_id, i.anchor_on
    from extracted.events e
    left join reconciled.incident_articles m using (article_id)
    left join reconciled.incidents i using (incident_id)
),

typed as (
    select
        * exclude (occurred_on, occurred_at),
        coalesce(
            occurred_on,
            case when occurred_weekday is not null and anchor_on is not null
                then anchor_on - cast(((isodow(anchor_on) - 1 - occurred_weekday + 7) % 7) as integer)
            end
        ) as occurred_on,
        occurred_at as occurred_at_extracted,
        case
            when occurred_on is not null then 'explicit'
            when occurred_weekday is not null and anchor_on is not null then 'weekday_incident'
            else 'unknown'
        end as occurred_on_resolution
    from source
),

final as (
    select
        *,
        coalesce(
            occurred_at_extracted,
            case when occurred_on is not null and occurred_clock similar to '\d{2}:\d{2}[+-]\d{2}:\d{2}'
                then cast(
                    cast(occurred_on as varchar) || ' ' || left(occurred_clock, 5) || ':00'
                    || substr(occurred_clock, 6) as timestamptz)
            end
        ) as occurred_at
    from typed
)

select * exclude (occurred_at_extracted) from final
