-- Images are stored once per tenant (by SHA-256), whether uploaded for training or to be classified.
CREATE TABLE image (
    id          BIGSERIAL PRIMARY KEY,
    tenant      TEXT        NOT NULL,
    sha256      CHAR(64)    NOT NULL,
    format      TEXT        NOT NULL CHECK (format IN ('jpeg', 'png', 'webp')),
    width       INT         NOT NULL CHECK (width > 0),
    height      INT         NOT NULL CHECK (height > 0),
    size_bytes  INT         NOT NULL CHECK (size_bytes > 0),
    content     BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (tenant, sha256)
);

CREATE TABLE training_image (
    id          BIGSERIAL PRIMARY KEY,
    tenant      TEXT        NOT NULL,
    label       TEXT        NOT NULL CHECK (label ~ '^[a-z][a-z -]{0,62}[a-z]$'),
    image_id    BIGINT      NOT NULL REFERENCES image (id),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (tenant, image_id)
);
CREATE INDEX training_image_tenant_label ON training_image (tenant, label);

-- Versions of the local model per tenant; at most one is active.
CREATE TABLE model_version (
    id               BIGSERIAL PRIMARY KEY,
    tenant           TEXT        NOT NULL,
    version          INT         NOT NULL CHECK (version > 0),
    status           TEXT        NOT NULL CHECK (status IN ('TRAINING', 'READY', 'FAILED')),
    progress         NUMERIC(4, 3) NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
    method           TEXT,
    labels           TEXT[]      NOT NULL DEFAULT '{}',
    training_images  INT         NOT NULL DEFAULT 0,
    held_out_images  INT         NOT NULL DEFAULT 0,
    held_out_accuracy NUMERIC(4, 3),
    weights          BYTEA,
    active           BOOLEAN     NOT NULL DEFAULT false,
    error            TEXT,
    requested_by     TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- written with progress: a TRAINING run silent for minutes died with its process
    heartbeat_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at      TIMESTAMPTZ,
    UNIQUE (tenant, version),
    CHECK (status <> 'READY' OR weights IS NOT NULL),
    CHECK (NOT active OR status = 'READY')
);
CREATE UNIQUE INDEX model_version_one_active ON model_version (tenant) WHERE active;

CREATE TABLE classification (
    id             BIGSERIAL PRIMARY KEY,
    tenant         TEXT        NOT NULL,
    image_id       BIGINT      NOT NULL REFERENCES image (id),
    label          TEXT        NOT NULL,
    confidence     NUMERIC(5, 4) NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    alternatives   JSONB       NOT NULL,
    provider       TEXT        NOT NULL CHECK (provider IN ('local', 'openai')),
    model          TEXT        NOT NULL,
    took_ms        INT         NOT NULL CHECK (took_ms >= 0),
    batch_ref      TEXT,
    note           TEXT,
    requested_by   TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX classification_tenant_id ON classification (tenant, id DESC);
CREATE INDEX classification_tenant_label ON classification (tenant, label, id DESC);

CREATE TABLE tenant_settings (
    tenant      TEXT PRIMARY KEY,
    provider    TEXT NOT NULL CHECK (provider IN ('local', 'openai')),
    updated_by  TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
