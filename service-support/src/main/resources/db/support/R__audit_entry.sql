-- The append-only audit trail of a service (vn.laocai.gate.support.audit.AuditTrail): every officer
-- decision, hold, yard action, reorder, out-of-turn call and fee event, one row each, hash-chained:
-- each row carries the hash of the row before it, and its own hash over its content and that one.
--
-- Repeatable, as R__outbox_trace_context.sql explains: it runs in every service, on new and existing
-- databases alike, and every statement is safe to run again.
create table if not exists audit_entry (
    seq           bigint primary key,
    recorded_at   timestamptz   not null,
    actor         text          not null,
    action        varchar(80)   not null,
    subject       text,
    reason        text,
    details       text          not null,
    previous_hash varchar(64)   not null,
    hash          varchar(64)   not null,
    keyed         boolean       not null
);
create index if not exists audit_entry_action_time on audit_entry (action, recorded_at);
create index if not exists audit_entry_subject on audit_entry (subject, seq);
create index if not exists audit_entry_time on audit_entry (recorded_at);

-- Rows are only ever added: an update or a delete is refused by the database itself. Whoever can
-- disable this trigger can still edit a row, and the chain then shows where (AuditTrail.verify).
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
drop trigger if exists audit_entry_append_only on audit_entry;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
drop trigger if exists audit_entry_no_truncate on audit_entry;
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
