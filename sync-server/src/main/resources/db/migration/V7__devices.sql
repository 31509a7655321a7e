-- Devices (OWASP's "device cookie"): a sign-in that presents its device's token is never locked
-- out by others' failed guesses. The token is stored only as a SHA-256 hash.
create table devices (
    id              uuid primary key,
    user_id         uuid        not null references users (id) on delete cascade,
    token_hash      bytea       not null unique,
    name            text,
    created_at      timestamptz not null,
    last_used_at    timestamptz not null,
    expires_at      timestamptz not null,
    failed_attempts integer     not null default 0  -- wrong passwords presented with this token
);
create index devices_user on devices (user_id, last_used_at);

-- Each session shows the device it was started on and when it was last used (refreshed).
alter table sessions add column device_name text;
alter table sessions add column last_used_at timestamptz;
update sessions set last_used_at = created_at;
