-- The multi-agency clearance case: versions, documents, requirements, steps, holds, fees.
alter table declaration
    add column customs_version   integer not null default 1,
    add column goods_version     integer not null default 1,
    add column procedure         text    not null default 'STANDARD',
    add column inland_delivery   boolean not null default false,
    add column ready_for_gate    boolean not null default false,
    add column waiting_for       text,
    add column waiting_since     timestamptz,
    add column fee_amount_vnd    bigint  not null default 0,
    add column fee_paid_vnd      bigint  not null default 0,
    add column fee_breakdown     text,
    add column tariff_version    text,
    add column payment_reference text,
    add column invoice_number    text,
    add column fee_paid_at       timestamptz,
    add column rejected_at       timestamptz,
    add column rejection_reason  text;
update declaration set status = 'IN_CLEARANCE' where status = 'IN_CUSTOMS';

-- Documents attached to a declaration; the bytes of uploaded files are in document_content.
create table declaration_document (
    declaration_id       uuid        not null references declaration (id) on delete cascade,
    position             integer     not null,
    document_id          uuid        not null unique,
    document_type        text        not null,
    document_number      text        not null,
    file_name            text,
    media_type           text,
    size_bytes           bigint      not null,
    sha256               text,
    attached_in_version  integer     not null,
    attached_by          text        not null,
    attached_at          timestamptz not null,
    verified             boolean,
    primary key (declaration_id, position)
);

create table document_content (
    document_id  uuid  primary key,
    content      bytea not null
);

-- What the requirement rules asked of each declaration (its latest version).
create table required_document (
    declaration_id  uuid not null references declaration (id) on delete cascade,
    document_type   text not null,
    primary key (declaration_id, document_type)
);

-- One row per agency step of each case.
create table clearance_step (
    declaration_id   uuid        not null references declaration (id) on delete cascade,
    position         integer     not null,
    step             text        not null,
    state            text        not null,
    started_at       timestamptz,
    completed_at     timestamptz,
    decided_by       text,
    decided_through  text,
    last_reason      text,
    primary key (declaration_id, position)
);
create index clearance_step_by_state on clearance_step (step, state);
create index clearance_step_completed on clearance_step (completed_at) where state = 'DONE';

create table clearance_hold (
    declaration_id  uuid        not null references declaration (id) on delete cascade,
    position        integer     not null,
    hold_number     integer     not null,
    step            text        not null,
    reason          text        not null,
    placed_by       text        not null,
    placed_through  text        not null,
    placed_at       timestamptz not null,
    lifted_by       text,
    lifted_at       timestamptz,
    primary key (declaration_id, position)
);

-- Vehicles of a consignment the border guard has cleared.
create table border_cleared_booking (
    declaration_id  uuid not null references declaration (id) on delete cascade,
    booking_code    text not null,
    primary key (declaration_id, booking_code)
);

alter table known_booking
    add column vehicle_type  text,
    add column weight_class  text,
    add column cancelled     boolean not null default false;

-- Declarations made before the case existed: customs as it stood, the other steps not required.
insert into clearance_step (declaration_id, position, step, state, started_at, completed_at)
select d.id, s.position, s.step,
       case when s.step <> 'CUSTOMS' then 'NOT_REQUIRED'
            when d.status = 'CLEARED' then 'DONE'
            when d.customs_channel is not null then 'CHANNEL_' || d.customs_channel
            else 'PENDING' end,
       case when s.step = 'CUSTOMS' then d.submitted_at end,
       case when s.step = 'CUSTOMS' then d.cleared_at end
from declaration d
cross join (values (0, 'CUSTOMS'), (1, 'HEALTH_QUARANTINE'), (2, 'BORDER_GUARD'), (3, 'PLANT_QUARANTINE'), (4, 'FEE_PAYMENT'))
    as s (position, step);
