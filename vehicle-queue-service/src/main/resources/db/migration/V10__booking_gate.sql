-- The border gate of the province a crossing is booked at: part of the booking's identity. Bookings made before it
-- were all Kim Thanh No. 2's. One vehicle holds active bookings at one gate at a time (BookingAdmission, under the
-- plate's lock); the index serves that check's read of a vehicle's active bookings.
alter table booking add column gate text not null default 'KIM_THANH_2';
create index booking_active_plate_gate on booking (plate, gate) where status not in ('EXITED', 'CANCELLED');
