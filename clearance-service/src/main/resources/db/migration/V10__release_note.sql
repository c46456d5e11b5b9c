-- The release note of each cleared consignment (README "Release notes"): issued once, its signed PDF kept as issued.
-- The secret printed in its QR code is kept only as SHA-256(number ":" secret); the summary columns are what the public
-- verification answers without opening the PDF.
create sequence release_note_number;

create table release_note (
    id                          uuid        primary key,
    declaration_id              uuid        not null unique references declaration (id),
    number                      text        not null unique,
    secret_hash                 text        not null,
    issued_at                   timestamptz not null,
    cleared_at                  timestamptz not null,
    customs_declaration_number  text        not null,
    declarant                   text        not null,
    consignee                   text        not null,
    vehicles                    text        not null,
    fee_vnd                     bigint      not null,
    invoice_number              text,
    pdf                         bytea       not null,
    pdf_sha256                  text        not null
);
