-- The dwell budget of perishable cargo: the class of each consignment's goods (by their HS codes, from the dwell
-- budgets file), and the furthest level of its budget a vehicle's wait reached that supervisors were told of.
alter table booking_consignment add column dwell_class text;
alter table booking add column dwell_alert text not null default 'WITHIN';
alter table booking add column dwell_alerted_at timestamptz;
