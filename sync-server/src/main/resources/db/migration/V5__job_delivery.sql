-- Running parse jobs on Redis. The row stays the truth; these columns say who holds a job and
-- which stream entry carries it, so a lost entry or a dead worker can be found and repaired.
alter table parse_jobs add column worker      text;         -- the consumer running it
alter table parse_jobs add column lease_until timestamptz;  -- renewed while it runs
alter table parse_jobs add column stream_id   text;         -- its Redis stream entry, if any
alter table parse_jobs add column dispatched_at timestamptz;
alter table parse_jobs add column revision    int not null default 0; -- orders its events

-- Jobs waiting for the dispatcher to put them on the stream.
create index parse_jobs_undispatched on parse_jobs (next_attempt_at)
    where stream_id is null and status in ('QUEUED', 'RETRY_SCHEDULED');

alter table resumes add column error text;  -- why parsing failed, in words, when FAILED

-- Claude's answers by hash of model and text: a document is never paid for twice, whichever
-- instance or worker parses it.
create table ai_answers (
    key        text primary key,
    resume     jsonb       not null,
    created_at timestamptz not null
);
