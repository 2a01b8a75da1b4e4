-- The identity of this database for the data packages (issue 20): a random id that names it to other
-- databases, and two key pairs -- Ed25519 to sign the packages it sends, X25519 to open the ones sent
-- to it. The public halves are base64 X.509 and may be given to anyone (the office key file). The
-- private halves are sealed under the office's data key (see V12__text_keys.sql), like the student
-- files: AES-256-GCM with this table, the column and the database id as associated data. A dump of
-- this table reveals no key. One row at most. Plain SQL for H2 and PostgreSQL.

create table database_identity (
    id                 int           not null,
    database_id        varchar(36)   not null,
    signing_public     varchar(200)  not null,
    agreement_public   varchar(200)  not null,
    signing_sealed     varchar(400)  not null,
    agreement_sealed   varchar(400)  not null,
    created_at         timestamp     not null,
    constraint pk_database_identity primary key (id),
    constraint ck_database_identity_one check (id = 1),
    constraint uq_database_identity_id unique (database_id)
);
