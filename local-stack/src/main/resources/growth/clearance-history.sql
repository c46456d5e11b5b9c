-- Past declarations for ./gate bench growth (GrowthBenchmark): rows ? to ? of a history of cleared
-- consignments of 5,000 traders, one a minute going back from 30 days ago (1M rows: about two years),
-- each with its customs, plant-quarantine and border-guard steps done. Statements are separated by
-- a line holding only ";;"; each takes the first and last row number twice where it has "?".
insert into declaration (id, declaration_version, owner_account, declarant_tax_code, declarant_name, consignee,
                         customs_declaration_number, direction, destination_country, status, customs_channel,
                         submitted_at, cleared_at, ready_for_gate)
select cast(md5('growth-declaration-' || i) as uuid), 1, 'history-trader-' || (i % 5000), '5300123456',
       'History trader ' || (i % 5000), 'Hekou Guomao Co.', 'H' || i,
       case when i % 2 = 0 then 'EXPORT' else 'IMPORT' end, 'CN', 'CLEARED', 'GREEN',
       now() - interval '30 days' - i * interval '1 minute',
       now() - interval '30 days' - i * interval '1 minute' + interval '3 hours', true
from generate_series(cast(? as bigint), cast(? as bigint)) as i
;;
insert into clearance_step (declaration_id, position, step, state, started_at, completed_at, decided_by, decided_through)
select cast(md5('growth-declaration-' || i) as uuid), p, (array['CUSTOMS', 'PLANT_QUARANTINE', 'BORDER_GUARD'])[p + 1], 'DONE',
       now() - interval '30 days' - i * interval '1 minute' + p * interval '1 hour',
       now() - interval '30 days' - i * interval '1 minute' + (p + 1) * interval '1 hour', 'history-officer', 'OFFICER'
from generate_series(cast(? as bigint), cast(? as bigint)) as i, generate_series(0, 2) as p
