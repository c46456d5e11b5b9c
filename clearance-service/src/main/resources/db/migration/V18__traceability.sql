-- The traceability record of a consignment: the truck's trailer and the times the queue saw it cross (first seen,
-- kept from its VehicleEnteredGate, VehicleReleased and VehicleExited events), and the share links of the record.
alter table known_booking
    add column trailer_plate    text,
    add column entered_gate_at  timestamptz,
    add column released_at      timestamptz,
    add column exited_at        timestamptz;

-- A share link of a declaration's traceability record: only the SHA-256 of its token is kept.
create table traceability_link (
    id              uuid        primary key,
    declaration_id  uuid        not null references declaration (id) on delete cascade,
    token_hash      text        not null unique,
    created_by      text        not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    revoked_by      text,
    revoked_at      timestamptz
);
create index traceability_link_declaration on traceability_link (declaration_id, created_at);
