-- The proof a hold waits for (HoldEvidence: VERIFIED_CERTIFICATE, SOUND_SIGNATURE), the document type it names and the
-- version of the declaration the document that caused it was attached in: only a document of that type attached later
-- and found good lifts it. Null on holds that lift otherwise (an officer, the trader's next version, the platform).
alter table clearance_hold add column awaits text;
alter table clearance_hold add column awaits_document text;
alter table clearance_hold add column awaits_after_version integer;
