-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gatehouse schema 3 (SQLite): access reviews. Items keep the team, account and datastore
-- names as they were when the review started and have no foreign keys to them: the
-- evidence must outlive a deleted team or datastore. A signed-off review is read-only.

CREATE TABLE reviews (
    id               INTEGER PRIMARY KEY CHECK (id > 0),
    title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 255),
    started          TEXT NOT NULL,
    started_by       TEXT NOT NULL,
    scope_teams      TEXT NOT NULL,  -- ids ascending, comma separated
    scope_datastores TEXT NOT NULL,
    signed_off       TEXT,
    signed_off_by    TEXT,
    version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    CHECK ((signed_off IS NULL) = (signed_off_by IS NULL))
);

CREATE TABLE review_items (
    review_id   INTEGER NOT NULL REFERENCES reviews (id),
    position    INTEGER NOT NULL CHECK (position >= 0),
    kind        TEXT NOT NULL CHECK (kind IN ('membership', 'assignment')),
    team_id     INTEGER NOT NULL,
    team_name   TEXT NOT NULL,
    target_id   INTEGER NOT NULL,
    target_name TEXT NOT NULL,
    mark        TEXT NOT NULL CHECK (mark IN ('unmarked', 'keep', 'revoke')),
    comment     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, position)
) WITHOUT ROWID;

CREATE TRIGGER reviews_signed_off_update BEFORE UPDATE ON reviews
WHEN OLD.signed_off IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review is read-only');
END;

CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
BEGIN
    SELECT RAISE(ABORT, 'reviews are evidence and are never deleted');
END;

CREATE TRIGGER review_items_signed_off_insert BEFORE INSERT ON review_items
WHEN (SELECT signed_off FROM reviews WHERE id = NEW.review_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review is read-only');
END;

CREATE TRIGGER review_items_signed_off_update BEFORE UPDATE ON review_items
WHEN (SELECT signed_off FROM reviews WHERE id = OLD.review_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review is read-only');
END;

CREATE TRIGGER review_items_signed_off_delete BEFORE DELETE ON review_items
WHEN (SELECT signed_off FROM reviews WHERE id = OLD.review_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review is read-only');
END;
