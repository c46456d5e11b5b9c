-- The account that booked: the pseudonymous reference a booking's notices follow, now that the booking
-- events no longer carry the driver's document number (driver_document stays for bookings published before).
alter table known_booking add column owner_account text;
create index known_booking_owner on known_booking (owner_account);
