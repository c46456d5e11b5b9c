-- Past crossings for ./gate bench growth (GrowthBenchmark): rows ? to ? of a history of vehicles that
-- exited, of 5,000 driver accounts, one a minute going back from two days ago (1M rows: about two
-- years), in both directions. Statements are separated by a line holding only ";;".
insert into booking (id, code, owner_account, plate, driver_name, driver_nationality, driver_document_number, driver_phone,
                     direction, cargo_category, arrival_window_start, arrival_window_end, status, booked_at,
                     vehicle_type, weight_class, checked_in_at, check_in_method, priority_class, queued_from, lane,
                     called_forward_at, entered_gate_at, released_at, exited_at, driver_document_check)
select cast(md5('growth-booking-' || i) as uuid), 'H-' || i, 'history-driver-' || (i % 5000), 'H' || i,
       'History driver', 'VN', 'H' || i, '+84 900 000 000',
       case when i % 2 = 0 then 'EXPORT' else 'IMPORT' end, 'GENERAL',
       date_trunc('hour', t), date_trunc('hour', t) + interval '1 hour', 'EXITED', t - interval '1 day',
       'TRUCK', 'OVER_10T', t, 'QR', 'STANDARD', t, 1 + i % 4,
       t + interval '20 minutes', t + interval '30 minutes', t + interval '50 minutes', t + interval '1 hour', 'MATCH'
from generate_series(cast(? as bigint), cast(? as bigint)) as i,
     lateral (select now() - interval '2 days' - i * interval '1 minute' as t) as at
