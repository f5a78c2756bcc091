-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gatehouse schema 2 (PostgreSQL): ids are never reused. The audit log names entities by
-- id, so a new team, datastore or account must not take the id of a deleted one. A new id
-- is GREATEST(highest id in the table, id_high_water.high) + 1; these triggers remember the
-- highest id ever deleted (by a change, or by an import that replaced the organisation),
-- once per statement over the deleted rows.

CREATE TABLE id_high_water (
    table_name text PRIMARY KEY CHECK (table_name IN ('accounts', 'teams', 'datastores')),
    high       bigint NOT NULL DEFAULT 0
);
INSERT INTO id_high_water (table_name, high) SELECT 'accounts', coalesce(max(id), 0) FROM accounts;
INSERT INTO id_high_water (table_name, high) SELECT 'teams', coalesce(max(id), 0) FROM teams;
INSERT INTO id_high_water (table_name, high) SELECT 'datastores', coalesce(max(id), 0) FROM datastores;

CREATE FUNCTION gatehouse_id_high_water() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE id_high_water SET high = GREATEST(high, (SELECT coalesce(max(id), 0) FROM deleted))
        WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END
$$;

-- TRUNCATE would bypass the delete triggers: the highest id goes first.
CREATE FUNCTION gatehouse_id_high_water_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    highest bigint;
BEGIN
    EXECUTE format('SELECT coalesce(max(id), 0) FROM %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO highest;
    UPDATE id_high_water SET high = GREATEST(high, highest) WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END
$$;

CREATE TRIGGER accounts_high_water AFTER DELETE ON accounts
    REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_id_high_water();
CREATE TRIGGER teams_high_water AFTER DELETE ON teams
    REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_id_high_water();
CREATE TRIGGER datastores_high_water AFTER DELETE ON datastores
    REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_id_high_water();

CREATE TRIGGER accounts_high_water_truncate BEFORE TRUNCATE ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_id_high_water_truncate();
CREATE TRIGGER teams_high_water_truncate BEFORE TRUNCATE ON teams
    FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_id_high_water_truncate();
CREATE TRIGGER datastores_high_water_truncate BEFORE TRUNCATE ON datastores
    FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_id_high_water_truncate();
