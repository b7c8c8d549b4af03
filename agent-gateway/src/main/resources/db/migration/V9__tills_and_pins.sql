-- Registered tills: an admin registers a shop's device once; on it staff switch in with a PIN. Only the SHA-256 of a
-- till's device token is stored. A session opened on a till names it; revoking the till ends those sessions.
CREATE TABLE till (
    id         UUID PRIMARY KEY,
    tenant_id  TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    token_hash TEXT        NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX till_name_key ON till (tenant_id, lower(name)) WHERE revoked_at IS NULL;

ALTER TABLE session ADD COLUMN till_id UUID REFERENCES till (id);
CREATE INDEX session_open_on_till_idx ON session (till_id) WHERE ended_at IS NULL;
ALTER TABLE session DROP CONSTRAINT session_ended_reason_check;
ALTER TABLE session ADD CONSTRAINT session_ended_reason_check CHECK (ended_reason IN ('signed_out',
    'refresh_token_reused', 'user_disabled', 'user_deleted', 'password_reset', 'revoked_by_admin', 'switched',
    'till_revoked'));

-- A staff member's PIN (Argon2id, as passwords), and the wrong PINs since the last right one: at 5 it is locked
-- until a new PIN is set.
ALTER TABLE users ADD COLUMN pin_hash TEXT;
ALTER TABLE users ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;
