-- What the officer read off the driver's document at check-in: MATCH, MISMATCH or NOT_PRESENTED (null before).
alter table booking add column driver_document_check text;
create index booking_open_plate on booking (plate) where status not in ('EXITED', 'CANCELLED');
create index booking_open_driver on booking (driver_nationality, driver_document_number) where status not in ('EXITED', 'CANCELLED');

-- Officers' actions: what the action did besides its reason (the lane, the new position).
alter table yard_action add column detail text;
create index yard_action_out_of_turn on yard_action (acted_at) where action in ('OUT_OF_TURN_CALL', 'REORDER');

-- Drivers' consents to traders linking consignments to their bookings; at most one current per booking.
create table link_consent (
    id               uuid        primary key,
    booking_code     text        not null references booking (code),
    share_code       text        not null,
    share_code_hash  text        not null,
    given_by         text        not null,
    given_at         timestamptz not null,
    withdrawn_by     text,
    withdrawn_at     timestamptz,
    revision         bigint      not null default 0
);
create unique index link_consent_current on link_consent (booking_code) where withdrawn_at is null;
