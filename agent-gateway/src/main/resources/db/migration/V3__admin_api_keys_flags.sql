-- Users can be disabled by their tenant's admin; API keys for machine clients; feature flags per tenant.
ALTER TABLE users ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT true;

-- A key is shown once as bk_<prefix>_<secret>; only the SHA-256 of its secret is kept.
CREATE TABLE api_key (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    TEXT        NOT NULL,
    name         TEXT        NOT NULL,
    prefix       TEXT        NOT NULL UNIQUE,
    secret_hash  TEXT        NOT NULL,
    roles        TEXT        NOT NULL,
    created_by   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_key_tenant_idx ON api_key (tenant_id, id);

-- A tenant's setting of a flag; flags without one take the default from configuration.
CREATE TABLE feature_flag (
    tenant_id       TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    enabled         BOOLEAN     NOT NULL,
    rollout_percent INT         NOT NULL CHECK (rollout_percent BETWEEN 0 AND 100),
    updated_by      TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, name)
);
