-- The trace context (W3C traceparent) an outbox event was recorded in, carried on the stream to its consumer.
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;
