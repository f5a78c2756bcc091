-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gatehouse schema 1 (SQLite). Name and e-mail keys are computed by the application
-- (QString::toCaseFolded of the trimmed text), because SQLite's lower() is ASCII-only.
-- Times are UTC text "YYYY-MM-DDTHH:MM:SSZ".

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE accounts (
    id             INTEGER PRIMARY KEY CHECK (id > 0),
    subject        TEXT UNIQUE,
    name           TEXT NOT NULL,
    email          TEXT,
    email_key      TEXT,
    type           TEXT NOT NULL CHECK (type IN ('human', 'service')),
    role           TEXT NOT NULL CHECK (role IN ('Admin', 'Manager', 'Member')),
    created        TEXT NOT NULL,
    last_active    TEXT,
    deactivated_at TEXT,
    external_id    TEXT,
    version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    -- Only a human pre-provisioned by directory sync may lack a subject.
    CHECK (type <> 'service' OR (subject IS NOT NULL AND subject LIKE '%@service')),
    CHECK (email_key IS NULL OR email IS NOT NULL)
);
CREATE UNIQUE INDEX accounts_human_email_key ON accounts (email_key)
    WHERE type = 'human' AND email_key IS NOT NULL;

CREATE TABLE teams (
    id          INTEGER PRIMARY KEY CHECK (id > 0),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    name_key    TEXT NOT NULL UNIQUE,
    description TEXT CHECK (description IS NULL OR length(description) <= 1000),
    permission  TEXT NOT NULL
                CHECK (permission IN ('Editor', 'Author', 'Drafter', 'Viewer', 'Reporter')),
    is_public   INTEGER NOT NULL DEFAULT 0 CHECK (is_public IN (0, 1)),
    created     TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
-- At most one public team.
CREATE UNIQUE INDEX teams_one_public ON teams (is_public) WHERE is_public = 1;

CREATE TABLE datastores (
    id         INTEGER PRIMARY KEY CHECK (id > 0),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    name_key   TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('source', 'enrichment')),
    connection TEXT,
    created    TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);

-- Accounts are never deleted (deactivation is a soft delete), so no cascade from them.
CREATE TABLE team_members (
    team_id    INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (team_id, account_id)
) WITHOUT ROWID;
CREATE INDEX team_members_account ON team_members (account_id);

-- Everyone is a member of the public team; it never lists members.
CREATE TRIGGER team_members_not_public BEFORE INSERT ON team_members
WHEN (SELECT is_public FROM teams WHERE id = NEW.team_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'the public team has no explicit members');
END;

CREATE TABLE team_datastores (
    team_id      INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    datastore_id INTEGER NOT NULL REFERENCES datastores (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, datastore_id)
) WITHOUT ROWID;
CREATE INDEX team_datastores_datastore ON team_datastores (datastore_id);

-- History is append-only.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT NOT NULL,
    actor_subject TEXT,
    action        TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     INTEGER,
    before_json   TEXT,
    after_json    TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
