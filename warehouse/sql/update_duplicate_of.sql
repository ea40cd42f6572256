-- A syndicated copy of a story points at its earliest copy: same body fingerprint, the
-- earliest published (then the earliest read, then the smallest id) is the original.
update parsed.articles as a
set duplicate_of = case when o.original_id = a.article_id then null else o.original_id end
from (
    select
        p.article_id,
        first_value(p.article_id) over (
            partition by p.body_fingerprint
            order by p.published_on asc nulls last, d.ingested_at, p.article_id
        ) as original_id
    from parsed.articles p
    join raw.documents d on d.doc_id = p.article_id
    where p.body <> ''
) as o
where o.article_id = a.article_id
  and a.duplicate_of is distinct from
      (case when o.original_id = a.article_id then null else o.original_id end)
