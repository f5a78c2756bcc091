-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gatehouse schema 4 (SQLite): API tokens. Only the lower-case hex SHA-256 of a secret is
-- stored, never the secret. name_key is computed by the application (QString::toCaseFolded
-- of the trimmed name): names are unique per owner ignoring case. Times are UTC text
-- "YYYY-MM-DDTHH:MM:SSZ", so text order is time order. Organisation settings (SSO, ...)
-- live in schema 1's settings table.

CREATE TABLE tokens (
    id               INTEGER PRIMARY KEY CHECK (id > 0),
    owner_account_id INTEGER NOT NULL REFERENCES accounts (id),
    kind             TEXT NOT NULL CHECK (kind IN ('personal', 'service', 'scim')),
    name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    name_key         TEXT NOT NULL,
    hint             TEXT NOT NULL,
    hash             TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
    created_by       TEXT NOT NULL,
    created          TEXT NOT NULL,
    expires          TEXT,
    revoked          TEXT,
    last_used        TEXT,
    version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    UNIQUE (owner_account_id, name_key)
);

-- A service account with an active token (not revoked, not expired) cannot be deactivated:
-- revoke its tokens first (domain.md, "Accounts"). The repository turns this refusal into
-- a sentence naming the account.
CREATE TRIGGER accounts_service_tokens_active BEFORE UPDATE OF deactivated_at ON accounts
WHEN NEW.deactivated_at IS NOT NULL AND OLD.deactivated_at IS NULL AND NEW.type = 'service'
    AND EXISTS (SELECT 1 FROM tokens WHERE owner_account_id = NEW.id AND revoked IS NULL
                AND (expires IS NULL OR expires > strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))
BEGIN
    SELECT RAISE(ABORT, 'gatehouse: service account holds active tokens');
END;
