-- Crossings booked by drivers, one row per booking.
create table booking (
    id                        uuid        primary key,
    code                      text        not null unique,
    owner_account             text        not null,
    plate                     text        not null,
    trailer_plate             text,
    driver_name               text        not null,
    driver_nationality        text        not null,
    driver_document_number    text        not null,
    driver_phone              text        not null,
    direction                 text        not null check (direction in ('EXPORT', 'IMPORT')),
    cargo_category            text        not null,
    arrival_window_start      timestamptz not null,
    arrival_window_end        timestamptz not null,
    status                    text        not null,
    booked_at                 timestamptz not null,
    released_at               timestamptz,
    released_for_declaration  text,
    revision                  bigint      not null default 0
);
create index booking_plate on booking (plate);
create index booking_owner on booking (owner_account);
