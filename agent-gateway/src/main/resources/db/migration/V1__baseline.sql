-- Baseline of the gateway schema: the people who sign in and their roles.
-- The schema and its owner role are created by scripts/provision-db.sh.
CREATE TABLE users (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     TEXT        NOT NULL,
    username      TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT users_username_key UNIQUE (username)
);
CREATE INDEX users_tenant_idx ON users (tenant_id);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    TEXT   NOT NULL CHECK (role IN ('admin', 'manager', 'baker', 'cashier', 'auditor')),
    PRIMARY KEY (user_id, role)
);
