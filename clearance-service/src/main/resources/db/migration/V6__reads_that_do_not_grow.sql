-- Reads that cost what is open, not what happened before.

-- The officer's list: the latest declarations first (GET /api/declarations), an index walk of LIMIT rows
-- instead of a sort of every declaration ever submitted.
create index declaration_recent on declaration (submitted_at desc);

-- The statistics (GET /api/clearance/statistics, ClearanceMetrics every few seconds) read the open steps
-- of the open declarations only. This table holds exactly those, kept by the triggers below in the same
-- transaction as every change of a step or of a declaration's status; it stays as large as the work in
-- hand however long the history grows. "Open" is what DeclarationStatus.closed() and StepState say:
-- a declaration neither CLEARED nor REJECTED, a step neither NOT_REQUIRED nor DONE nor FAILED.
create table open_clearance_step (
    declaration_id  uuid        not null,
    position        integer     not null,
    step            text        not null,
    state           text        not null,
    started_at      timestamptz,
    primary key (declaration_id, position)
);

create function clearance_step_open(state text) returns boolean
    language sql immutable as $$ select state not in ('NOT_REQUIRED', 'DONE', 'FAILED') $$;

create function declaration_open(status text) returns boolean
    language sql immutable as $$ select status not in ('CLEARED', 'REJECTED') $$;

create function clearance_step_keep_open() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from open_clearance_step where declaration_id = old.declaration_id and position = old.position;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and clearance_step_open(new.state)
            and exists (select 1 from declaration d where d.id = new.declaration_id and declaration_open(d.status)) then
        insert into open_clearance_step (declaration_id, position, step, state, started_at)
        values (new.declaration_id, new.position, new.step, new.state, new.started_at)
        on conflict (declaration_id, position)
            do update set step = excluded.step, state = excluded.state, started_at = excluded.started_at;
    end if;
    return null;
end $$;

create trigger clearance_step_keep_open after insert or update or delete on clearance_step
    for each row execute function clearance_step_keep_open();

create function declaration_keep_open_steps() returns trigger
    language plpgsql as $$
begin
    if declaration_open(new.status) and not declaration_open(old.status) then
        insert into open_clearance_step (declaration_id, position, step, state, started_at)
        select declaration_id, position, step, state, started_at from clearance_step
        where declaration_id = new.id and clearance_step_open(state)
        on conflict (declaration_id, position) do nothing;
    elsif declaration_open(old.status) and not declaration_open(new.status) then
        delete from open_clearance_step where declaration_id = new.id;
    end if;
    return null;
end $$;

create trigger declaration_keep_open_steps after update of status on declaration
    for each row execute function declaration_keep_open_steps();

insert into open_clearance_step (declaration_id, position, step, state, started_at)
select s.declaration_id, s.position, s.step, s.state, s.started_at
from clearance_step s join declaration d on d.id = s.declaration_id
where declaration_open(d.status) and clearance_step_open(s.state);
