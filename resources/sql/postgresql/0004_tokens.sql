-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gatehouse schema 4 (PostgreSQL): API tokens, as in the SQLite schema 4. Only the
-- lower-case hex SHA-256 of a secret is stored, never the secret. name_key is computed by
-- the application: names are unique per owner ignoring case. Times are UTC text
-- "YYYY-MM-DDTHH:MM:SSZ" in the "C" collation, so text order is time order. Organisation
-- settings (SSO, ...) live in schema 1's settings table.

CREATE TABLE tokens (
    id               bigint PRIMARY KEY CHECK (id > 0),
    owner_account_id bigint NOT NULL REFERENCES accounts (id),
    kind             text NOT NULL CHECK (kind IN ('personal', 'service', 'scim')),
    name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    name_key         text NOT NULL,
    hint             text NOT NULL,
    hash             text NOT NULL UNIQUE CHECK (length(hash) = 64),
    created_by       text NOT NULL,
    created          text COLLATE "C" NOT NULL,
    expires          text COLLATE "C",
    revoked          text COLLATE "C",
    last_used        text COLLATE "C",
    version          integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    UNIQUE (owner_account_id, name_key)
);

-- A service account with an active token (not revoked, not expired) cannot be deactivated:
-- revoke its tokens first (domain.md, "Accounts"). The repository turns this refusal into
-- a sentence naming the account.
CREATE FUNCTION gatehouse_service_account_tokens_active() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM tokens WHERE owner_account_id = NEW.id AND revoked IS NULL
               AND (expires IS NULL
                    OR expires > to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') COLLATE "C")) THEN
        RAISE EXCEPTION 'gatehouse: service account holds active tokens';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER accounts_service_tokens_active BEFORE UPDATE OF deactivated_at ON accounts
    FOR EACH ROW
    WHEN (NEW.deactivated_at IS NOT NULL AND OLD.deactivated_at IS NULL AND NEW.type = 'service')
    EXECUTE FUNCTION gatehouse_service_account_tokens_active();
