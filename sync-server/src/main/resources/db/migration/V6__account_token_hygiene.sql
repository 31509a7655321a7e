-- Links in mail carry account tokens (verification, password reset): the outbox keeps a token only
-- until its message is sent, in link_token; the stored bodies hold a slot in its place
-- (chr(26) || 'link-token' || chr(26), see LinkSlot), filled to send and masked when shown.
alter table email_outbox
    add column link_token text,
    add column has_link   boolean not null default false;

-- Messages still on their way, or captured: the token moves out of the bodies.
update email_outbox
   set link_token = substring(text_body from 'token=([A-Za-z0-9_-]+)')
 where status in ('CAPTURED', 'PENDING', 'SENDING')
   and kind in ('WELCOME', 'VERIFY_EMAIL', 'PASSWORD_RESET')
   and text_body ~ 'token=[A-Za-z0-9_-]+';
update email_outbox
   set text_body = replace(text_body, link_token, chr(26) || 'link-token' || chr(26)),
       html_body = replace(html_body, link_token, chr(26) || 'link-token' || chr(26)),
       has_link  = true
 where link_token is not null;

-- Sent and failed messages forget theirs for good.
update email_outbox
   set text_body = regexp_replace(text_body, 'token=[A-Za-z0-9_-]+',
                                  'token=' || chr(26) || 'link-token' || chr(26), 'g'),
       html_body = regexp_replace(html_body, 'token=[A-Za-z0-9_-]+',
                                  'token=' || chr(26) || 'link-token' || chr(26), 'g'),
       has_link  = true
 where status in ('SENT', 'FAILED')
   and kind in ('WELCOME', 'VERIFY_EMAIL', 'PASSWORD_RESET')
   and text_body ~ 'token=[A-Za-z0-9_-]+';
