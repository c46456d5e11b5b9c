-- What a timeline entry tells its readers, kept as a catalogue key and parameters (JSON) so that each reads it in their
-- language; detail stays the record in English. Entries written before have none and are shown by their detail.
alter table declaration_timeline add column message text;
