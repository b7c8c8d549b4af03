-- Stretches of the audit chain already verified: a verification goes on from the latest one instead of walking
-- every record since the first (millions, after a while). A full verification still walks them all.
CREATE TABLE audit_checkpoint (
    id          BIGSERIAL PRIMARY KEY,
    through_id  BIGINT NOT NULL,
    hash        TEXT NOT NULL,
    verified_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
