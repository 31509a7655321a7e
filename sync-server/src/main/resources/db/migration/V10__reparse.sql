-- "Read again" (issue 17): a resume can be parsed more than once.

-- When the file was first parsed: the "parsed" email goes only then, never after a re-parse.
-- Every file parsed so far has had its email.
alter table resumes add column first_parsed_at timestamptz;
update resumes set first_parsed_at = updated_at where parsed is not null;

-- One job per resume, always its latest parse: a re-parse replaces the finished job, so no old
-- dead letter can be retried behind the new job's back and a resume never has two jobs running.
drop index parse_jobs_resume;
create unique index parse_jobs_one_per_resume on parse_jobs (resume_id);
