-- A year's allowance findings (and the 津贴发放 table) judge every counselor-month on the payments' amounts and
-- dates. Read through ix_allowance_payment_year, each of a year's payments (120,000 at 10,000 counselors) was
-- then looked up in the table for them. This index holds what the judging reads, so the table is not visited;
-- it begins with the old index's columns, which it replaces. Plain SQL that PostgreSQL accepts too.
create index ix_allowance_payment_paid on allowance_payment (pay_year, counselor_id, pay_month, paid_on, amount_fen);
drop index ix_allowance_payment_year;
