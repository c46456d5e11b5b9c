-- The W3C trace context (traceparent, tracestate) of the transaction that recorded an outbox event,
-- sent on as Kafka headers so one journey is one trace. Null for rows written before, and outside
-- any trace.
--
-- Repeatable, not versioned, on purpose: this shared location runs in every service before the
-- services' own V1, V2, ..., so a V0_2 here would be out of order for databases already migrated,
-- and a high version (V100) would make every later V3, V4, ... of a service "ignored" and fail
-- Flyway's validation. A repeatable migration runs after all versioned ones, on new and existing
-- databases alike, and "if not exists" makes a re-run (after an edit of this file) harmless.
alter table outbox_message add column if not exists trace_parent text;
alter table outbox_message add column if not exists trace_state text;
