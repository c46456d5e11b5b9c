-- A trading company's authorisation of a customs broker to declare on its behalf: granted by the company's
-- manager, withdrawn at any time, kept with who and when. One standing authorisation per company and broker.
create table broker_authorisation (
    id            uuid        primary key,
    company       text        not null,
    broker        text        not null,
    granted_by    text        not null,
    granted_at    timestamptz not null,
    withdrawn_by  text,
    withdrawn_at  timestamptz
);
create unique index broker_authorisation_standing on broker_authorisation (company, broker) where withdrawn_at is null;
create index broker_authorisation_company on broker_authorisation (company, granted_at);

-- Whose declaration it is: the trading company (its tax code or credit code), and the broker that declared it
-- on the company's behalf; both null for a declaration of a trader acting for no organisation.
alter table declaration add column company text;
alter table declaration add column broker text;
create index declaration_company on declaration (company, submitted_at) where company is not null;
