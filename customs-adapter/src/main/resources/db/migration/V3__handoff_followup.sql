-- A handoff the agency lost (it answers that it does not know the reference) or left unanswered past
-- the system's deadline: LOST or OVERDUE while it is sent again once, ESCALATED to the customs officers
-- when that did not help. What was done about it is kept with the handoff.

alter table handoff drop constraint handoff_state_known;
alter table handoff add constraint handoff_state_known
    check (state in ('PENDING', 'SUBMITTED', 'CHANNEL_ASSIGNED', 'RELEASED', 'COMPLETED', 'REJECTED',
                     'LOST', 'OVERDUE', 'ESCALATED'));

alter table handoff add column lapse text;
alter table handoff add column lapsed_at timestamptz;
alter table handoff add column lapse_reason text;
alter table handoff add column resubmissions integer not null default 0;
alter table handoff add column escalated_at timestamptz;
alter table handoff add constraint handoff_lapse_known check (lapse is null or lapse in ('LOST', 'OVERDUE'));

-- the deadline watch and the supervisors' list look at handoffs still waiting for an answer
create index handoff_waiting_by_system on handoff (agency_system, state)
    where state in ('PENDING', 'SUBMITTED', 'CHANNEL_ASSIGNED', 'LOST', 'OVERDUE', 'ESCALATED');
