-- Every officer's decision as it was signed (README "Signed decisions"): the fields of the canonical decision,
-- the detached JWS (ES256) and the signer's certificate (PEM). Rows are written once and never updated; the
-- number counts the declaration's signed decisions from 1 (unique, so two concurrent decisions cannot share one:
-- the declaration's own optimistic lock already orders them).
create table signed_decision (
    id                  uuid        primary key,
    declaration_id      uuid        not null references declaration (id),
    number              integer     not null,
    step                text        not null,
    decision            text        not null,
    reason              text,
    decided_at          timestamptz not null,
    officer             text        not null,
    signature           text        not null,
    signer_certificate  text        not null,
    unique (declaration_id, number)
);
