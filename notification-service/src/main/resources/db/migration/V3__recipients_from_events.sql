-- Recipients follow the events, not claims: the account that submitted a declaration, the phone given with a
-- booking (for the notices the law requires); preferences no longer name a driver's document or tax codes.
alter table known_declaration add column owner_account text;
alter table known_booking add column contact_phone text;
drop index if exists recipient_preferences_document;
alter table recipient_preferences drop column driver_document;
drop table recipient_tax_code;
