-- The lists of planting-area and packing-house codes that China's customs (GACC) approved, one row per version
-- imported (the file's version, publication date and source, its SHA-256, who imported it and when), and the
-- codes of each with their status. The list in force is the one imported last.
create table gacc_code_list (
    id            uuid        primary key,
    version       text        not null unique,
    published_on  date        not null,
    source        text        not null,
    sample        boolean     not null,
    sha256        text        not null,
    code_count    integer     not null,
    imported_by   text        not null,
    imported_at   timestamptz not null
);
create index gacc_code_list_imported on gacc_code_list (imported_at);

create table gacc_code (
    list_id   uuid not null references gacc_code_list (id),
    kind      text not null,
    code      text not null,
    name      text not null,
    province  text not null,
    product   text not null,
    status    text not null,
    primary key (list_id, kind, code)
);
