-- The driver's consent each consignment was linked to its booking under (DeclarationSubmitted.consentIds):
-- when the driver withdraws it, the consignments linked under it leave the vehicle (state UNLINKED).
-- Null for links made before consents, and for consignments known only from later clearance events.
alter table booking_consignment add column consent_id text;
