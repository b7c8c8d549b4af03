-- What the assistant did for an ask (its tool calls, their arguments and results), as JSON text. Part of the
-- record's hash when present; rows without it hash as before, so the chain written so far stays valid.
ALTER TABLE audit_record ADD COLUMN detail TEXT;
