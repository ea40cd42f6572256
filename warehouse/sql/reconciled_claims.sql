-- reconciled.claims: every own (non-background) claim with its incident and the day it was
-- said, resolved as far as the text of all the incident's articles allows.
--
-- subject: an unspecified subject takes the incident's only specified subject for the same
-- party and metric (subject_extracted keeps what the article said).
-- claimant_key: the series a claim belongs to: a party's own authorities (claimant_party =
-- party) are one voice, revised over time; anyone else is their own voice.
--
-- said_on_resolved, in order of preference (said_on_resolution names the rule used):
--   explicit / weekday / published  the extractor's own date, from the article itself;
--   weekday_incident  a weekday ("on Thursday") in an undated article: the latest such
--                     weekday on or before the incident's anchor (its latest publication date);
--   article_inferred  no phrase in an undated article: the latest weekday the article names,
--                     resolved the same way (an article is published on or after the days
--                     it reports);
--   same_statement    when the claim's date is only its article's publication day (or
--                     inferred), and another article dates the same statement (same
--                     claimant, party, metric and value) earlier and more precisely.
create or replace view reconciled.claims as
with source as (
    select
        c.*, m.incident_id, a.published_on, a.duplicate_of, a.outlet, i.anchor_on,
        -- copies of one story, one outlet's several reports, and every rewrite of one news
        -- agency's wire copy (the dateline's credit, as the parser read it) are one source
        coalesce(o.credit, o.outlet, o.article_id) as source_key
    from extracted.claims c
    join reconciled.incident_articles m using (article_id)
    join parsed.articles a using (article_id)
    join parsed.articles o on o.article_id = coalesce(a.duplicate_of, a.article_id)
    join reconciled.incidents i using (incident_id)
    where not c.is_background
),

weekday_resolved as (
    select
        *,
        case
            when said_on is null and said_weekday is not null and anchor_on is not null
                then anchor_on - cast(((isodow(anchor_on) - 1 - said_weekday + 7) % 7) as integer)
        end as weekday_on
    from source
),

mentioned_weekdays as (
    -- every weekday an undated article names, resolved against its incident's anchor
    select
        m.article_id,
        max(i.anchor_on - cast(((isodow(i.anchor_on) - 1 - w.weekday + 7) % 7) as integer))
            as latest_mentioned_on
    from reconciled.incident_articles m
    join parsed.articles a using (article_id)
    join reconciled.incidents i using (incident_id)
    cross join unnest(
        regexp_extract_all(
            lower(a.body), '\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b'
        )
    ) as d(day_name)
    join (
        values ('monday', 0), ('tuesday', 1), ('wednesday', 2), ('thursday', 3),
            ('friday', 4), ('saturday', 5), ('sunday', 6)
    ) as w(day_name, weekday) using (day_name)
    where a.published_on is null and i.anchor_on is not null
    group by m.article_id
),

article_dates as (
    select
        r.*,
        greatest(
            max(r.weekday_on) over (partition by r.article_id), mw.latest_mentioned_on
        ) as article_inferred_on
    from weekday_resolved r
    left join mentioned_weekdays mw using (article_id)
),

own_dates as (
    select
        *,
        case
            when said_on is not null then said_on
            when weekday_on is not null then weekday_on
            when article_inferred_on is not null then article_inferred_on
        end as own_said_on,
        case
            when said_on is not null then said_on_source
            when weekday_on is not null then 'weekday_incident'
            when article_inferred_on is not null then 'article_inferred'
            else 'unknown'
        end as own_resolution
    from article_dates
),

statement_dates as (
    select
        *,
        min(own_said_on) filter (
            where own_resolution in ('explicit', 'weekday', 'weekday_incident')
        ) over (
            partition by incident_id, claimant, party, metric, subject, low, high
        ) as precise_statement_on
    from own_dates
),

subjects as (
    -- an unspecified subject is read as the one subject the incident's other claims give
    -- for the same party and metric (the toll "rose to 40" after "28 civilians"), if there
    -- is exactly one
    select
        *,
        case
            when subject = 'unspecified' and count(distinct subject) filter (
                where subject <> 'unspecified'
            ) over (partition by incident_id, coalesce(party, ''), metric) = 1
            then max(subject) filter (where subject <> 'unspecified') over (
                partition by incident_id, coalesce(party, ''), metric)
            else subject
        end as subject_resolved
    from statement_dates
),

typed as (
    select
        * exclude (weekday_on, own_said_on, own_resolution, precise_statement_on,
                   subject, subject_resolved),
        subject_resolved as subject,
        subject as subject_extracted,
        case
            when own_resolution in ('published', 'article_inferred', 'unknown')
                and claimant is not null and precise_statement_on is not null
                and (own_said_on is null or precise_statement_on <= own_said_on)
                then precise_statement_on
            else own_said_on
        end as said_on_resolved,
        case
            when own_resolution in ('published', 'article_inferred', 'unknown')
                and claimant is not null and precise_statement_on is not null
                and (own_said_on is null or precise_statement_on <= own_said_on)
                then 'same_statement'
            else own_resolution
        end as said_on_resolution,
        -- a party's own authorities speak with one voice: their figures form one series
        case
            when claimant_party is not null and claimant_party = party
                then party || ' (own account)'
            else coalesce(claimant, '(unattributed)')
        end as claimant_key,
        coalesce(party, '(unspecified)') as party_key,
        reconciled.precision_rank(qualifier) as precision_rank,
        reconciled.point_of(qualifier, low, high) as point
    from subjects
)

select * from typed
