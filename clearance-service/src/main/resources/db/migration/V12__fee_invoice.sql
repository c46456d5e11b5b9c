-- The e-invoice of each fee payment as the provider issued it (README "The fee's e-invoice"): the signed XML, the fields
-- read from it and what the check of its signatures found on receipt. Written once; a check reads the XML again.
create table fee_invoice (
    id                  uuid        primary key,
    declaration_id      uuid        not null references declaration (id),
    payment_reference   text        not null unique,
    invoice_number      text        not null,
    xml                 text        not null,
    received_at         timestamptz not null,
    signature_status    text        not null check (signature_status in
        ('SIGNED_VALID', 'SIGNED_ALTERED', 'SIGNED_UNTRUSTED', 'UNSIGNED', 'UNREADABLE')),
    signer              text,
    signature_problem   text,
    template_code       text,
    symbol              text,
    serial_number       text,
    issued_on           date,
    seller_tax_code     text,
    seller_name         text,
    buyer_tax_code      text,
    buyer_name          text,
    total_vnd           bigint,
    total_in_words      text,
    tax_authority_code  text
);
create index fee_invoice_declaration on fee_invoice (declaration_id, received_at desc);
