-- Deleted resumes are remembered per owner, so deleting one twice answers 204 both times while
-- another user's id still answers 404.
create table deleted_resumes (
    id         uuid primary key,
    owner_id   uuid        not null references users (id) on delete cascade,
    deleted_at timestamptz not null
);
