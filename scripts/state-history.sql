-- The state history of one stack in OpenTofu's pg backend, installed by scripts/state-history.sh:
--   psql -v schema=<the stack's schema> -f scripts/state-history.sql
-- OpenTofu keeps one row per workspace in <schema>.states (id, name, data) and overwrites it on every
-- write. The trigger copies the row it is about to lose (the previous version, on UPDATE or DELETE)
-- into <schema>.states_history, with when and what: serial, lineage and resource count read from the
-- state's JSON. It runs in the same transaction as OpenTofu's write. Running this again is harmless.
-- scripts/state-roles.sh apply installs it in every schema it makes.
-- Beside the history, <schema>.applied: what the pipeline last applied to each workspace (the hash of the
-- stack's synthesized JSON and of the outputs it read), which scripts/pipeline/changed-stacks.mjs reads
-- to plan only the stacks a change touches and apply.sh writes after an apply, in one transaction.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
BEGIN;

CREATE TABLE IF NOT EXISTS :"schema".states_history (
  id bigserial PRIMARY KEY,
  state_id bigint NOT NULL,
  name text NOT NULL,
  data text NOT NULL,
  serial bigint,
  lineage text,
  resources integer,
  operation text NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE :"schema".states_history IS 'Earlier versions of this schema''s OpenTofu states (scripts/state-history.sh)';

-- Generic: the schema comes from the table the trigger fires on, so no name is baked into the body.
-- SECURITY DEFINER: it writes the history as its owner (the administrator that installed it), so a
-- stack's own role, which may write its states (scripts/state-roles.sh), cannot write or erase history.
CREATE OR REPLACE FUNCTION :"schema".states_keep_history() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_serial bigint;
  v_lineage text;
  v_resources integer;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.data IS NOT DISTINCT FROM OLD.data THEN
    RETURN NULL;
  END IF;
  IF OLD.data IS NULL THEN
    RETURN NULL;
  END IF;
  BEGIN
    v_serial := (OLD.data::jsonb ->> 'serial')::bigint;
    v_lineage := OLD.data::jsonb ->> 'lineage';
    v_resources := jsonb_array_length(OLD.data::jsonb -> 'resources');
  EXCEPTION WHEN others THEN
    -- A version that is not state JSON is still kept; it never blocks OpenTofu's write.
    v_serial := NULL;
    v_lineage := NULL;
    v_resources := NULL;
  END;
  EXECUTE format('INSERT INTO %I.states_history (state_id, name, data, serial, lineage, resources, operation) VALUES ($1, $2, $3, $4, $5, $6, $7)', TG_TABLE_SCHEMA)
    USING OLD.id, OLD.name, OLD.data, v_serial, v_lineage, v_resources, TG_OP;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS states_keep_history ON :"schema".states;
CREATE TRIGGER states_keep_history AFTER UPDATE OR DELETE ON :"schema".states
  FOR EACH ROW EXECUTE FUNCTION :"schema".states_keep_history();

CREATE TABLE IF NOT EXISTS :"schema".applied (
  name text PRIMARY KEY,
  config_hash text NOT NULL,
  inputs jsonb NOT NULL,
  commit text NOT NULL,
  applied_at timestamptz NOT NULL
);
COMMENT ON TABLE :"schema".applied IS 'What the pipeline last applied per workspace (scripts/pipeline/changed-stacks.mjs)';
REVOKE ALL ON :"schema".applied FROM PUBLIC;
-- The stack's own role (named as its schema by scripts/state-roles.sh) records its applies; a schema
-- without such a role is recorded by whoever applies with the administrator's connection.
SELECT format('GRANT SELECT, INSERT, UPDATE ON %I.applied TO %I', :'schema', rolname) FROM pg_roles WHERE rolname = :'schema' \gexec

COMMIT;
