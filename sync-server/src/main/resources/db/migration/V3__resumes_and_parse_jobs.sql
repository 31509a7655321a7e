-- Uploaded resume files and the jobs that parse them.

create table resumes (
    id           uuid primary key,
    owner_id     uuid        not null references users (id) on delete cascade,
    filename     text        not null,   -- sanitised, for display only
    content_type text        not null,   -- decided from the content, not the request
    size         bigint      not null,
    sha256       text        not null,
    storage_key  text        not null unique,
    status       text        not null,   -- QUEUED, PROCESSING, PARSED, FAILED (mirrors its job)
    parsed       jsonb,                  -- the JSON Resume, once PARSED
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    unique (owner_id, sha256)
);
create index resumes_owner_newest on resumes (owner_id, created_at desc, id);

-- The database is the source of truth for a job's state; a queue (Redis) carries the work.
create table parse_jobs (
    id              uuid primary key,
    resume_id       uuid        not null references resumes (id) on delete cascade,
    status          text        not null,  -- QUEUED, PROCESSING, RETRY_SCHEDULED, SUCCEEDED, DEAD
    attempts        int         not null default 0,
    max_attempts    int         not null,
    last_error      text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    started_at      timestamptz,
    finished_at     timestamptz
);
create index parse_jobs_resume on parse_jobs (resume_id);
create index parse_jobs_due on parse_jobs (status, next_attempt_at);
