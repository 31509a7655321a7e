-- Delivery bookkeeping for the email outbox: when to try next, who is sending, what happened.
alter table email_outbox
    add column next_attempt_at     timestamptz,
    add column sending_since       timestamptz,
    add column sent_at             timestamptz,
    add column provider_message_id text;

update email_outbox set next_attempt_at = created_at where next_attempt_at is null;
alter table email_outbox alter column next_attempt_at set not null;

create index email_outbox_due on email_outbox (next_attempt_at) where status in ('PENDING', 'SENDING');
