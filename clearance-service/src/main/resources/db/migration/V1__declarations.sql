-- Declarations of consignments and their clearance case.
create table declaration (
    id                          uuid        primary key,
    declaration_version         integer     not null,
    owner_account               text        not null,
    declarant_tax_code          text        not null,
    declarant_name              text        not null,
    consignee                   text        not null,
    customs_declaration_number  text        not null unique,
    direction                   text        not null check (direction in ('EXPORT', 'IMPORT')),
    destination_country         text        not null,
    status                      text        not null,
    customs_channel             text,
    customs_reference           text,
    submitted_at                timestamptz not null,
    cleared_at                  timestamptz,
    revision                    bigint      not null default 0
);
create index declaration_owner on declaration (owner_account, submitted_at desc);

create table declaration_booking (
    declaration_id  uuid    not null references declaration (id) on delete cascade,
    position        integer not null,
    booking_code    text    not null,
    primary key (declaration_id, position)
);
create index declaration_booking_code on declaration_booking (booking_code);

create table declaration_goods_line (
    declaration_id   uuid          not null references declaration (id) on delete cascade,
    line_number      integer       not null,
    hs_code          text          not null,
    description      text          not null,
    quantity         numeric(18,3) not null,
    unit             text          not null,
    net_weight_kg    numeric(18,3) not null,
    gross_weight_kg  numeric(18,3) not null,
    value_amount     numeric(18,2) not null,
    currency         text          not null,
    origin_country   text          not null,
    primary key (declaration_id, line_number)
);

-- Who did what, and when: the timeline the trader follows.
create table declaration_timeline (
    declaration_id  uuid        not null references declaration (id) on delete cascade,
    position        integer     not null,
    occurred_at     timestamptz not null,
    step            text        not null,
    actor           text        not null,
    detail          text        not null,
    primary key (declaration_id, position)
);

-- Bookings known from the queue's CrossingBooked events.
create table known_booking (
    code       text primary key,
    plate      text not null,
    direction  text not null
);
