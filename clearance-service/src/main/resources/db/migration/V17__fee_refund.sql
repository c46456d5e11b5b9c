-- A fee lowered after it was paid is refunded through the payment provider (README "Fee refunds"). The declaration
-- keeps what is refunded and what is ordered but not yet confirmed; each refund ordered is a row, sent (and retried)
-- under its refund key, the provider's idempotency key, until the provider confirms it.
alter table declaration
    add column fee_refunded_vnd   bigint not null default 0,
    add column fee_refund_due_vnd bigint not null default 0;

create table fee_refund (
    id                 uuid        primary key,
    declaration_id     uuid        not null references declaration (id),
    refund_key         text        not null unique,
    payment_reference  text        not null,
    amount_vnd         bigint      not null check (amount_vnd > 0),
    reason             text        not null,
    state              text        not null check (state in ('PENDING', 'REFUNDED')),
    provider_reference text,
    ordered_at         timestamptz not null,
    refunded_at        timestamptz,
    attempts           integer     not null default 0,
    last_error         text
);
create index fee_refund_pending on fee_refund (state, ordered_at) where state = 'PENDING';
create index fee_refund_declaration on fee_refund (declaration_id, ordered_at);
