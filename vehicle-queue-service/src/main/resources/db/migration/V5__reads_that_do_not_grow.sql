-- Reads that cost what the account or the yard has open, not its whole history.

-- A driver's bookings, latest slot first, at most 100 (GET /api/bookings): an index walk, not a sort of all.
create index booking_owner_latest on booking (owner_account, arrival_window_start desc);

-- The open bookings an account holds, counted on every booking (the anti-scalping limit).
create index booking_owner_open on booking (owner_account) where status not in ('EXITED', 'CANCELLED');
