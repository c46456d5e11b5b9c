-- Outcomes recorded after a failed inspection (treatment, split lot, re-export, return to the exporter, destruction),
-- each with its own steps (ORDERED, CARRIED_OUT); the quantities of goods lines a split rejects; when an outcome set a
-- step going again (agency answers from before no longer count).
create table clearance_outcome (
    declaration_id  uuid        not null references declaration (id) on delete cascade,
    position        integer     not null,
    outcome_number  integer     not null,
    step            text        not null,
    outcome         text        not null,
    state           text        not null,
    disposal        text,
    reason          text        not null,
    reference       text,
    ordered_by      text        not null,
    ordered_at      timestamptz not null,
    carried_out_by  text,
    carried_out_at  timestamptz,
    primary key (declaration_id, position)
);

create table clearance_outcome_line (
    declaration_id  uuid          not null references declaration (id) on delete cascade,
    position        integer       not null,
    outcome_number  integer       not null,
    line_number     integer       not null,
    quantity        numeric(18,3) not null,
    unit            text          not null,
    primary key (declaration_id, position)
);

alter table clearance_step add column reopened_at timestamptz;
