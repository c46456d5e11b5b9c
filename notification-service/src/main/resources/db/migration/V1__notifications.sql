-- What the service knows of the bookings and declarations it tells people about (from the events).
create table known_booking (
    booking_code        text primary key,
    plate               text        not null,
    direction           text,
    driver_name         text,
    driver_nationality  text,
    driver_document     text,
    window_start        timestamptz,
    window_end          timestamptz,
    status              text        not null,
    -- the window start a slot reminder was sent for; another window gets another reminder
    reminded_for        timestamptz,
    updated_at          timestamptz not null
);
create index known_booking_document on known_booking (driver_document);
create index known_booking_due on known_booking (window_start) where status = 'BOOKED';

create table known_declaration (
    declaration_id      text primary key,
    declarant_tax_code  text        not null,
    declarant_name      text,
    customs_number      text,
    updated_at          timestamptz not null
);

-- A person's contacts and choices; the token's subject is the account.
create table recipient_preferences (
    account             text primary key,
    phone               text,
    email               text,
    language            text        not null,
    opted_out           boolean     not null default false,
    driver_document     text,
    updated_at          timestamptz not null
);
create index recipient_preferences_document on recipient_preferences (driver_document);

create table recipient_channel (
    account             text not null references recipient_preferences (account) on delete cascade,
    channel             text not null,
    primary key (account, channel)
);

-- The enterprises (tax codes, MST) whose declarations a trader account follows.
create table recipient_tax_code (
    account             text not null references recipient_preferences (account) on delete cascade,
    tax_code            text not null,
    primary key (account, tax_code)
);
create index recipient_tax_code_code on recipient_tax_code (tax_code);

-- One notice per event, recipient and kind; the inbox lists them.
create table notice (
    id                  uuid primary key,
    source_event_id     text        not null,
    kind                text        not null,
    recipient           text        not null,
    subject             text        not null,
    language            text        not null,
    title               text        not null,
    body                text        not null,
    created_at          timestamptz not null,
    read_at             timestamptz,
    unique (source_event_id, recipient, kind)
);
create index notice_inbox on notice (recipient, created_at desc);

-- One delivery per notice and channel, retried with backoff until sent or failed.
create table delivery (
    id                  uuid primary key,
    notice_id           uuid        not null references notice (id),
    channel             text        not null,
    address             text,
    status              text        not null,
    attempts            integer     not null default 0,
    next_attempt_at     timestamptz,
    last_error          text,
    provider_reference  text,
    segments            integer,
    sent_at             timestamptz,
    delivered_at        timestamptz,
    version             integer     not null default 0,
    unique (notice_id, channel)
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_provider_reference on delivery (provider_reference);
