-- Coaching's use of the model, per person and day (owned by the coaching feature): what the
-- daily budget is checked against and what admins see. Cached replies add nothing.
create table ai_usage (
    user_id  uuid    not null references users (id) on delete cascade,
    day      date    not null,
    tokens   bigint  not null,
    replies  integer not null,
    primary key (user_id, day)
);
