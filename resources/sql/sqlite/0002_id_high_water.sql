-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gatehouse schema 2 (SQLite): ids are never reused. The audit log names entities by id,
-- so a new team, datastore or account must not take the id of a deleted one. A new id is
-- max(highest id in the table, id_high_water.high) + 1; these triggers remember the
-- highest id ever deleted (by a change, or by an import that replaced the organisation).

CREATE TABLE id_high_water (
    table_name TEXT PRIMARY KEY CHECK (table_name IN ('accounts', 'teams', 'datastores')),
    high       INTEGER NOT NULL DEFAULT 0
);
INSERT INTO id_high_water (table_name, high) SELECT 'accounts', coalesce(max(id), 0) FROM accounts;
INSERT INTO id_high_water (table_name, high) SELECT 'teams', coalesce(max(id), 0) FROM teams;
INSERT INTO id_high_water (table_name, high) SELECT 'datastores', coalesce(max(id), 0) FROM datastores;

CREATE TRIGGER accounts_high_water AFTER DELETE ON accounts
BEGIN
    UPDATE id_high_water SET high = max(high, OLD.id) WHERE table_name = 'accounts';
END;

CREATE TRIGGER teams_high_water AFTER DELETE ON teams
BEGIN
    UPDATE id_high_water SET high = max(high, OLD.id) WHERE table_name = 'teams';
END;

CREATE TRIGGER datastores_high_water AFTER DELETE ON datastores
BEGIN
    UPDATE id_high_water SET high = max(high, OLD.id) WHERE table_name = 'datastores';
END;
