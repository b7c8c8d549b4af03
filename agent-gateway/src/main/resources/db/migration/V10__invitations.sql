-- Staff invitations: an admin invites a user name with roles; the invitee sets their password (and PIN) with a
-- one-time code. Only the code's SHA-256 is stored; a code works once, until it expires, and an admin can withdraw
-- it. One pending invitation per user name.
CREATE TABLE invitation (
    id          UUID        PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    username    TEXT        NOT NULL,
    roles       TEXT[]      NOT NULL,
    code_hash   TEXT        NOT NULL UNIQUE,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    accepted_at TIMESTAMPTZ,
    withdrawn_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX invitation_pending_name_idx ON invitation (lower(username))
    WHERE accepted_at IS NULL AND withdrawn_at IS NULL;
CREATE INDEX invitation_tenant_idx ON invitation (tenant_id, created_at);
