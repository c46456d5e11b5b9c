-- A hold's reason as a catalogue key and parameters (JSON) so that each reader gets it in their language; reason stays
-- the record (English, or as the officer typed it). Holds placed before have none and are shown by their reason.
alter table clearance_hold add column reason_message text;
