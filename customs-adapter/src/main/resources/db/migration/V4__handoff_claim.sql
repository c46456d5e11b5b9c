-- The claim of an instance sending a handoff, apart from when its next attempt is due: making a
-- backed-off handoff due at once (an agency accepting again) must not hand one in flight to another sender.
alter table handoff add column claimed_until timestamptz;

