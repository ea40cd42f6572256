-- extracted.article_totals: per article and metric, the article's own best reading of how
-- many people the reported incident(s) killed / wounded, all parties together.
--
-- rule (measured on shared/devsets/gvdb_dev.jsonl with bench/eval.py):
--   * only casualty claims about this episode: background figures and breakdown children
--     (parent_claim_id not null) are left out, so "50, including 42 and 8" counts 50 once;
--   * value of a claim = low, or high when there is no low ("up to 20" -> 20). a range
--     "10 to 15" counts its low end: outlets round up, and the low end is what every
--     source agrees on;
--   * one figure per party: the largest, so a headline and its body are not added together;
--   * the sides of a clash are added up (sum over distinct named parties); a two-sided
--     ("both") total or a figure of no named party wins when it is larger than that sum;
--   * wounded also counts people "shot" / "taken to hospital" (metric casualties: hit,
--     killed or not) who are not among the killed: wounded = greatest(wounded,
--     casualties - killed). a "casualties" figure that repeats a killed figure is merged into
--     it by the extractor, so it does not come back here as wounded;
--   * the dead are never counted twice, and the extractor (0.5.0) gives each figure the
--     metric this rule needs: "two were shot, one fatally" and "three were wounded, one of
--     whom later died" hold their dead, so they come as casualties (2 - 1 = 1 and 3 - 1 = 2
--     wounded); "two were killed and three others were shot" does not, so the three come as
--     wounded (3, not 3 - 2);
--   * 0 when the article reports none (every article gets a killed and a wounded row).
create or replace view extracted.article_totals as
with source as (
    select article_id, metric, party, party_source, low, high
    from extracted.claims
    where kind = 'casualty'
      and not coalesce(is_background, false)
      and parent_claim_id is null
      and metric in ('killed', 'wounded', 'casualties')
),

typed as (
    select
        article_id,
        metric,
        -- a side read only from the place is no side of its own here: two figures of one
        -- event, one placed and one not, must not be added up as two sides
        case when party_source = 'place' then '' else coalesce(party, '') end as party,
        cast(coalesce(low, high) as double) as value,
        cast(low as double) as low,
        cast(high as double) as high
    from source
    where coalesce(low, high) is not null
),

per_party as (
    select
        article_id,
        metric,
        party,
        max(value) as value,
        max(low) as low,
        -- no upper bound as soon as one figure has none
        case when count(*) = count(high) then max(high) end as high
    from typed
    group by article_id, metric, party
),

sides as (
    select
        article_id,
        metric,
        sum(value) filter (where party not in ('', 'both')) as sides_value,
        sum(low) filter (where party not in ('', 'both')) as sides_low,
        case
            when count(*) filter (where party not in ('', 'both'))
                = count(high) filter (where party not in ('', 'both'))
            then sum(high) filter (where party not in ('', 'both'))
        end as sides_high,
        max(value) filter (where party in ('', 'both')) as whole_value,
        max(low) filter (where party in ('', 'both')) as whole_low,
        max(high) filter (where party in ('', 'both')) as whole_high,
        count(*) filter (where party not in ('', 'both')) as n_sides
    from per_party
    group by article_id, metric
),

combined as (
    select
        article_id,
        metric,
        case
            when coalesce(whole_value, -1) > coalesce(sides_value, -1) then whole_value
            else sides_value
        end as value,
        case
            when coalesce(whole_value, -1) > coalesce(sides_value, -1) then whole_low
            else sides_low
        end as low,
        case
            when coalesce(whole_value, -1) > coalesce(sides_value, -1) then whole_high
            when n_sides > 0 then sides_high
            else whole_high
        end as high
    from sides
),

articles as (
    select distinct article_id from parsed.articles
),

metrics as (
    select unnest(['killed', 'wounded']) as metric
),

grid as (
    select
        a.article_id,
        m.metric,
        coalesce(c.value, 0) as value,
        coalesce(c.low, c.value, 0) as low,
        case when c.value is null then 0 else c.high end as high
    from articles as a
    cross join metrics as m
    left join combined as c
        on c.article_id = a.article_id and c.metric = m.metric
),

hit as (
    select article_id, value as hit_value
    from combined
    where metric = 'casualties'
),

final as (
    select
        g.article_id,
        g.metric,
        case
            when g.metric = 'wounded'
                then greatest(g.value, coalesce(h.hit_value, 0) - k.value)
            else g.value
        end as value,
        g.low,
        g.high
    from grid as g
    left join grid as k
        on k.article_id = g.article_id and k.metric = 'killed'
    left join hit as h
        on h.article_id = g.article_id
)

select article_id, metric, value, low, high
from final
