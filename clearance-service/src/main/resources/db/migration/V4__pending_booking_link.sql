-- A declaration may name a booking clearance has not heard of yet (the queue's event is still on its way):
-- its link is PENDING, with the hash of the share code presented, until the booking and its consent are
-- heard of; it is then LINKED or REFUSED (rule and reason), as it is when nothing is heard in time.
alter table declaration_booking_link
    alter column consent_id drop not null,
    alter column linked_at drop not null,
    add column named_at timestamptz,
    add column presented_hash text,
    add column refusal_rule text,
    add column refusal_reason text;
update declaration_booking_link set named_at = linked_at;
alter table declaration_booking_link alter column named_at set not null;
alter table declaration_booking_link drop constraint declaration_booking_link_state_check;
alter table declaration_booking_link add constraint declaration_booking_link_state_check
    check (state in ('PENDING', 'LINKED', 'CONSENT_WITHDRAWN', 'REFUSED'));
-- the pending ones are few, whatever the history: the wait's check reads only them
create index declaration_booking_link_pending on declaration_booking_link (named_at) where state = 'PENDING';
