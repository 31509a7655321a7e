-- Drafts synced between a user's devices (ADR 0019).

-- This database's data epoch: made once, when the database is created (migrated). A cursor names
-- it, so a cursor from another server's database is recognised and refused (410).
create table data_epoch (
    one   boolean primary key default true check (one),
    epoch uuid    not null
);
insert into data_epoch (epoch) values (gen_random_uuid());

-- A draft at its latest version; a tombstone keeps id and version but no content.
create table drafts (
    id           uuid        primary key,             -- made by the client
    owner_id     uuid        not null references users (id) on delete cascade,
    title        text        not null,
    resume       jsonb,                               -- null in a tombstone
    version      bigint      not null,
    updated_at   timestamptz not null,                -- the server's clock
    trashed_at   timestamptz,
    deleted      boolean     not null default false,
    device       text,                                -- the session's device name
    change_seq   bigint      not null,                -- the owner's commit order
    change_token bigint      not null                 -- the draft_log token of that change
);
create index drafts_owner_seq on drafts (owner_id, change_seq);
create index drafts_tombstones on drafts (updated_at) where deleted;

-- One row per user: its lock serialises the user's writes, so change_seq grows in commit order.
create table draft_sync_state (
    owner_id uuid   primary key references users (id) on delete cascade,
    last_seq bigint not null default 0
);

-- Every change, so a cursor (seq, token) can be checked: gone or different means 410.
create table draft_log (
    owner_id uuid        not null references users (id) on delete cascade,
    seq      bigint      not null,
    draft_id uuid        not null,
    token    bigint      not null,
    at       timestamptz not null,
    primary key (owner_id, seq)
);
create index draft_log_at on draft_log (at);

-- The first answer to each Idempotency-Key, for 24 hours.
create table draft_idempotency (
    owner_id     uuid        not null references users (id) on delete cascade,
    key          text        not null,
    request_hash bytea       not null,
    status       integer     not null,
    body         text        not null,
    etag         text,
    created_at   timestamptz not null,
    primary key (owner_id, key)
);
create index draft_idempotency_created on draft_idempotency (created_at);
