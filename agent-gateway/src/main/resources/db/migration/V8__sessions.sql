-- Sign-in sessions that last a shift: a session is a family of rotating refresh tokens. Only a token's SHA-256 is
-- stored; a rotated token presented again ends its whole session (it was copied). Ending a session also ends its
-- access tokens in every service, through the revocation list in Redis.
CREATE TABLE session (
    id             UUID PRIMARY KEY,
    tenant_id      TEXT        NOT NULL,
    user_id        BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at     TIMESTAMPTZ NOT NULL,
    ended_at       TIMESTAMPTZ,
    ended_reason   TEXT CHECK (ended_reason IN ('signed_out', 'refresh_token_reused', 'user_disabled',
                                                'user_deleted', 'password_reset', 'revoked_by_admin')),
    CHECK ((ended_at IS NULL) = (ended_reason IS NULL))
);
CREATE INDEX session_open_by_user_idx ON session (user_id) WHERE ended_at IS NULL;
CREATE INDEX session_tenant_idx ON session (tenant_id, created_at);

CREATE TABLE refresh_token (
    token_hash TEXT        PRIMARY KEY,
    session_id UUID        NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    issued_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    rotated_at TIMESTAMPTZ
);
CREATE INDEX refresh_token_session_idx ON refresh_token (session_id);

-- How long a tenant's sign-in lasts before its password is asked again (default: gateway.sessions.lifetime).
CREATE TABLE session_settings (
    tenant_id        TEXT PRIMARY KEY,
    lifetime_minutes INTEGER NOT NULL CHECK (lifetime_minutes BETWEEN 15 AND 10080)
);
