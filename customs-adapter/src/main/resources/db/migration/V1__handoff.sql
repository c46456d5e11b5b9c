-- One declaration version handed to one agency system, and what the agency answered.
create table handoff (
    id                          uuid        primary key,
    agency_system               text        not null,
    declaration_id              text        not null,
    declaration_version         integer     not null,
    customs_declaration_number  text        not null,
    payload                     text        not null,
    state                       text        not null,
    agency_reference            text,
    channel                     text,
    attempts                    integer     not null default 0,
    last_error                  text,
    next_attempt_at             timestamptz,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    submitted_at                timestamptz,
    channel_assigned_at         timestamptz,
    released_at                 timestamptz,
    held_release_at             timestamptz,
    last_answer_at              timestamptz,
    last_polled_at              timestamptz,
    -- a declaration version is never handed to the same agency twice
    constraint handoff_once_per_version unique (agency_system, declaration_id, declaration_version),
    constraint handoff_state_known check (state in ('PENDING', 'SUBMITTED', 'CHANNEL_ASSIGNED', 'RELEASED', 'REJECTED')),
    constraint handoff_channel_known check (channel is null or channel in ('GREEN', 'YELLOW', 'RED')),
    constraint handoff_reference_once_submitted check (state in ('PENDING', 'REJECTED') or agency_reference is not null)
);

create unique index handoff_agency_reference on handoff (agency_system, agency_reference)
    where agency_reference is not null;
create index handoff_due on handoff (next_attempt_at) where state = 'PENDING';
create index handoff_awaiting_answers on handoff (last_answer_at) where state in ('SUBMITTED', 'CHANNEL_ASSIGNED');
create index handoff_declaration on handoff (declaration_id);
