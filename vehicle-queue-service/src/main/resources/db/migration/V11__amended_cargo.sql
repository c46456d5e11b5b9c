-- What a booking carried after each amendment: a booking made for an empty vehicle that carries goods is amended to
-- their category before the vehicle checks in. Entries made before keep null.
alter table booking_amendment add column cargo_category text;
