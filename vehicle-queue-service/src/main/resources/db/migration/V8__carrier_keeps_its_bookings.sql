-- A carrier's dispatcher amends and cancels the carrier's bookings: the history says who acted for whom.
-- The carrier an amending dispatcher acted for (null when the driver or an officer amended).
alter table booking_amendment add column amended_for text;
-- The account that cancelled a booking (the driver, an officer, a dispatcher); null when the gate's rules
-- cancelled it (a no-show, a closure) and for the bookings cancelled before it was recorded.
alter table booking add column cancelled_by text;
