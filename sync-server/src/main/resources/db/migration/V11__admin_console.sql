-- The admin console (issue 19). Each table has one owning feature, named beside it.

-- auth: a signed-in console's cookie. The cookie holds a random token; only its hash is kept.
-- A console sign-in is a session like any other, so disabling the account or ending the
-- session ends the console at once, on every server instance.
create table console_cookies (
    token_hash   bytea primary key,
    session_id   uuid        not null references sessions (id) on delete cascade,
    created_at   timestamptz not null,
    last_used_at timestamptz not null     -- idle timeout counts from here
);
create index console_cookies_session on console_cookies (session_id);

-- admin: every action an admin took, append-only (no update or delete is ever issued).
create table admin_audit (
    id          bigserial primary key,
    at          timestamptz not null,
    actor_id    uuid,                      -- null once the acting account is deleted
    actor_email text        not null,      -- kept as it was, so the log outlives the account
    action      text        not null,      -- e.g. user.disable, job.retry, queue.pause
    target      text,                      -- what it acted on: an email, a job id, "queue"
    detail      text,
    address     text        not null       -- the client address, as ClientAddresses reads it
);
create index admin_audit_newest on admin_audit (at desc, id desc);
create index admin_audit_action on admin_audit (action, at desc);

-- jobs: each run of a job, in order, with the worker that ran it and how it ended. A retry by an
-- admin starts the job's attempts again from 1; the runs before it stay here.
create table parse_job_attempts (
    id          bigserial primary key,
    job_id      uuid        not null references parse_jobs (id) on delete cascade,
    attempt     int         not null,      -- the job's attempt number for this run
    worker      text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    outcome     text,                      -- SUCCEEDED, FAILED, RETRY_SCHEDULED, DEAD, HANDED_BACK
    error       text                       -- the technical error, for admins
);
create index parse_job_attempts_job on parse_job_attempts (job_id, id);

-- jobs: the queue's one switch. Paused, no job is dispatched or taken; running ones finish.
create table job_queue_state (
    singleton   boolean primary key default true check (singleton),
    paused      boolean     not null,
    changed_at  timestamptz not null,
    changed_by  text
);
insert into job_queue_state (singleton, paused, changed_at) values (true, false, now());

-- The console's pages, paged and filtered (plans in ADR 0022).
create index parse_jobs_newest on parse_jobs (updated_at desc, id);
create index parse_jobs_status_newest on parse_jobs (status, updated_at desc, id);
create index parse_jobs_finished on parse_jobs (finished_at) where finished_at is not null;
create index users_newest on users (created_at desc, id);
create index users_email_prefix on users (email text_pattern_ops);
create index users_name_prefix on users (lower(name) text_pattern_ops);
create index resumes_filename_prefix on resumes (lower(filename) text_pattern_ops);
create index email_outbox_newest on email_outbox (created_at desc, id);

-- admin: the alerts in force, shared by every instance. Starting one is an insert and clearing it
-- a delete: whichever instance's statement changes the row sends the mails, so each change is
-- mailed once however many instances saw it.
create table admin_alerts (
    key        text primary key,
    title      text        not null,
    detail     text        not null,
    started_at timestamptz not null
);
