-- The office's data key, which seals student files and work-record texts (issue 17) in every store.
-- It is stored only as grants: sealed to an account's X25519 public key, whose private half is
-- sealed under that account's password (Argon2id) -- or, for the holder '#recovery', under the
-- recovery key of a data folder. A dump of these tables reveals no key. Plain SQL for H2 and PostgreSQL.

create table account_key (
    holder          varchar(64)   not null,
    public_key      varchar(200)  not null,
    sealed_private  varchar(400)  not null,
    created_at      timestamp     not null,
    constraint pk_account_key primary key (holder)
);

create table text_key_grant (
    holder      varchar(64)   not null,
    sealed_key  varchar(400)  not null,
    granted_at  timestamp     not null,
    constraint pk_text_key_grant primary key (holder),
    constraint fk_text_key_grant_holder foreign key (holder) references account_key (holder)
);

-- One row once the office has a data key: its fingerprint (a hash of a key derived from it, which
-- reveals nothing of it), so that two PCs cannot create two keys and a grant can be checked.
create table text_key (
    id           int           not null,
    fingerprint  varchar(64)   not null,
    created_at   timestamp     not null,
    constraint pk_text_key primary key (id),
    constraint ck_text_key_one check (id = 1)
);
