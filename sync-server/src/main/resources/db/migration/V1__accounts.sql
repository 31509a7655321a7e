-- Accounts, sessions (refresh-token families) and the email outbox.

create table users (
    id             uuid primary key,
    email          text        not null unique,  -- stored trimmed and lower-cased
    name           text        not null,
    password_hash  text        not null,
    roles          text[]      not null default array['USER'],
    email_verified boolean     not null default false,
    disabled       boolean     not null default false,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);

-- A session is one sign-in: the family of refresh tokens rotated from its first one. Its id is
-- the access token's `sid`, so revoking it ends its access tokens too.
create table sessions (
    id            uuid primary key,
    user_id       uuid        not null references users (id) on delete cascade,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,          -- the family's absolute end
    revoked_at    timestamptz,
    revoke_reason text
);
create index sessions_user on sessions (user_id);

-- Refresh tokens, stored only as SHA-256 hashes.
create table refresh_tokens (
    token_hash     bytea primary key,
    session_id     uuid        not null references sessions (id) on delete cascade,
    created_at     timestamptz not null,
    expires_at     timestamptz not null,         -- idle expiry: unused this long, it is dead
    rotated_at     timestamptz,                  -- when it was exchanged for its successor
    successor_hash bytea
);
create index refresh_tokens_session on refresh_tokens (session_id);

-- Single-use tokens sent by email (verification, password reset), stored only as hashes.
create table account_tokens (
    token_hash bytea primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    purpose    text        not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index account_tokens_user on account_tokens (user_id, purpose);

-- Every email is written here in the transaction that caused it, then delivered (or captured).
create table email_outbox (
    id           uuid primary key,
    user_id      uuid references users (id) on delete cascade,
    kind         text        not null,
    to_address   text        not null,
    to_name      text,
    subject      text        not null,
    text_body    text        not null,
    html_body    text        not null,
    status       text        not null,
    attempts     int         not null default 0,
    last_error   text,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index email_outbox_status on email_outbox (status, created_at);
