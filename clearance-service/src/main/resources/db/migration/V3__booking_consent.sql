-- The drivers' consents to link consignments to their bookings, by consent id: a withdrawal may be
-- read before its consent, so a row may hold only the withdrawal until the consent comes.
create table booking_consent (
    consent_id       text        primary key,
    booking_code     text        not null,
    share_code_hash  text,
    given_at         timestamptz,
    withdrawn_at     timestamptz
);
create index booking_consent_booking on booking_consent (booking_code);

-- Each booking of a declaration and the consent it was linked under; declarations made before
-- consent existed have none, and need the share code when amended.
create table declaration_booking_link (
    declaration_id  uuid        not null references declaration (id) on delete cascade,
    position        integer     not null,
    booking_code    text        not null,
    consent_id      text        not null,
    state           text        not null check (state in ('LINKED', 'CONSENT_WITHDRAWN')),
    linked_at       timestamptz not null,
    undone_at       timestamptz,
    primary key (declaration_id, position)
);
create index declaration_booking_link_consent on declaration_booking_link (booking_code, consent_id);
