-- Two rules every reconciled view shares: a figure read as one number (its point), and how
-- precise its wording is (exact > about/almost > at least/more than > up to > vague).
create or replace macro reconciled.point_of(qualifier, low, high) as
    case when qualifier = 'almost' then coalesce(high, low) else coalesce(low, high) end;

create or replace macro reconciled.precision_rank(qualifier) as
    case qualifier
        when 'exact' then 4 when 'about' then 3 when 'almost' then 3
        when 'at_least' then 2 when 'more_than' then 2 when 'up_to' then 1
        else 0
    end;
