-- What a job's owner reads about its failure: words and a reference. last_error keeps the
-- technical reason (with the same reference) for admins and the log.
alter table parse_jobs add column owner_error text;
update parse_jobs
   set owner_error = case
       when status = 'FAILED' then last_error
       when last_error is not null then 'A problem on our side stopped this job.'
       end;

-- Jobs on the stream or running, counted per owner by the dispatcher (a per-user cap in flight).
create index parse_jobs_in_flight on parse_jobs (resume_id)
    where stream_id is not null and status in ('QUEUED', 'PROCESSING');
