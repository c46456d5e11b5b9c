-- What the check of an uploaded file's signatures found when it was attached (README "Signed uploads"): status,
-- the signer's certificate subject, the signing time, how many signatures, what did not hold. Null for codes without
-- a file and for files attached before signatures were checked.
alter table declaration_document
    add column signature_status    text check (signature_status in
        ('SIGNED_VALID', 'SIGNED_ALTERED', 'SIGNED_UNTRUSTED', 'UNSIGNED', 'UNREADABLE')),
    add column signature_signer    text,
    add column signature_signed_at timestamptz,
    add column signature_count     integer,
    add column signature_problem   text;
