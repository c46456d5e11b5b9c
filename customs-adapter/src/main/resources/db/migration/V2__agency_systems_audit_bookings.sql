-- Handoffs to every agency system (customs, National Single Window, quarantine, border guard),
-- the vehicles and drivers of the bookings, and the audit trail of every message exchanged.

alter table handoff drop constraint handoff_once_per_version;
alter table handoff drop constraint handoff_state_known;
alter table handoff alter column customs_declaration_number drop not null;

alter table handoff add column handoff_key text;
update handoff set handoff_key = 'v' || declaration_version;
alter table handoff alter column handoff_key set not null;
alter table handoff add column content_hash text;
alter table handoff add column document_type text;
alter table handoff add column document_number text;
alter table handoff add column plate text;
alter table handoff add column inspection_result text;
alter table handoff add column inspection_completed_at timestamptz;
alter table handoff add column outcome text;
alter table handoff add column outcome_at timestamptz;
alter table handoff add column delayed_since timestamptz;
alter table handoff add column held_inspection_result text;
alter table handoff add column held_inspection_remarks text;
alter table handoff add column held_inspection_at timestamptz;

alter table handoff add constraint handoff_state_known
    check (state in ('PENDING', 'SUBMITTED', 'CHANNEL_ASSIGNED', 'RELEASED', 'COMPLETED', 'REJECTED'));
alter table handoff add constraint handoff_system_known
    check (agency_system in ('VNACCS', 'NSW', 'QUARANTINE', 'BORDER_GUARD'));
-- one handoff per subject and key: a declaration version to customs, a certificate to the NSW, ...
alter table handoff add constraint handoff_once_per_key unique (agency_system, declaration_id, handoff_key);
create index handoff_pending_by_system on handoff (agency_system) where state = 'PENDING';

-- The vehicle and driver of each booking, kept from the booking events for the border guard.
create table booking (
    booking_code            text        primary key,
    plate                   text        not null,
    trailer_plate           text,
    direction               text,
    driver_name             text,
    driver_nationality      text,
    driver_document_number  text,
    revision                integer     not null,
    updated_at              timestamptz not null
);

-- Which bookings carry which declaration, so an officer sees the border checks of a consignment.
create table declaration_booking (
    declaration_id  text not null,
    booking_code    text not null,
    primary key (declaration_id, booking_code)
);
create index declaration_booking_by_booking on declaration_booking (booking_code);

-- Every message exchanged with an agency system, both directions.
create table agency_exchange (
    id               uuid        primary key,
    agency_system    text        not null,
    direction        text        not null check (direction in ('OUT', 'IN')),
    kind             text        not null,
    correlation_id   text        not null,
    subject_id       text,
    agency_reference text,
    http_status      integer,
    payload_sha256   text        not null,
    payload          text        not null,
    exchanged_at     timestamptz not null
);
create index agency_exchange_by_subject on agency_exchange (subject_id, exchanged_at);
create index agency_exchange_by_correlation on agency_exchange (correlation_id);

-- Dead letters replayed by an operator, and how the replay went.
create table dead_letter_replay (
    id              uuid        primary key,
    dlq_partition   integer     not null,
    dlq_offset      bigint      not null,
    event_id        text,
    outcome         text        not null,
    detail          text,
    corrected       boolean     not null,
    replayed_at     timestamptz not null
);
create index dead_letter_replay_by_record on dead_letter_replay (dlq_partition, dlq_offset);
