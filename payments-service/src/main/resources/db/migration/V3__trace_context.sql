-- The trace context (W3C traceparent) of the request that created a payment, so the provider's webhook, which
-- comes later and outside any trace, is confirmed in the checkout's trace; and of each outbox event, so the
-- consumer's work joins it too. Null for rows written before: their later work starts a trace of its own.
ALTER TABLE payment ADD COLUMN traceparent TEXT;
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;
