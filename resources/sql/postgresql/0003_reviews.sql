-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gatehouse schema 3 (PostgreSQL): access reviews. Items keep the team, account and
-- datastore names as they were when the review started and have no foreign keys to them:
-- the evidence must outlive a deleted team or datastore. A signed-off review is read-only.

CREATE TABLE reviews (
    id               bigint PRIMARY KEY CHECK (id > 0),
    title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 255),
    started          text NOT NULL,
    started_by       text NOT NULL,
    scope_teams      text NOT NULL,  -- ids ascending, comma separated
    scope_datastores text NOT NULL,
    signed_off       text,
    signed_off_by    text,
    version          integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    CHECK ((signed_off IS NULL) = (signed_off_by IS NULL))
);

CREATE TABLE review_items (
    review_id   bigint NOT NULL REFERENCES reviews (id),
    position    integer NOT NULL CHECK (position >= 0),
    kind        text NOT NULL CHECK (kind IN ('membership', 'assignment')),
    team_id     bigint NOT NULL,
    team_name   text NOT NULL,
    target_id   bigint NOT NULL,
    target_name text NOT NULL,
    mark        text NOT NULL CHECK (mark IN ('unmarked', 'keep', 'revoke')),
    comment     text NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, position)
);

CREATE FUNCTION gatehouse_reviews_read_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a signed-off review is read-only';
END
$$;

CREATE FUNCTION gatehouse_reviews_never_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'reviews are evidence and are never deleted';
END
$$;

-- Items of a signed-off review: NEW on insert, OLD on update and delete.
CREATE FUNCTION gatehouse_review_items_read_only() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    review bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        review := NEW.review_id;
    ELSE
        review := OLD.review_id;
    END IF;
    IF (SELECT signed_off FROM reviews WHERE id = review) IS NOT NULL THEN
        RAISE EXCEPTION 'a signed-off review is read-only';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER reviews_signed_off_update BEFORE UPDATE ON reviews
    FOR EACH ROW WHEN (OLD.signed_off IS NOT NULL)
    EXECUTE FUNCTION gatehouse_reviews_read_only();
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
    FOR EACH ROW EXECUTE FUNCTION gatehouse_reviews_never_deleted();
CREATE TRIGGER reviews_no_truncate BEFORE TRUNCATE ON reviews
    FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_reviews_never_deleted();

CREATE TRIGGER review_items_signed_off_insert BEFORE INSERT ON review_items
    FOR EACH ROW EXECUTE FUNCTION gatehouse_review_items_read_only();
CREATE TRIGGER review_items_signed_off_update BEFORE UPDATE ON review_items
    FOR EACH ROW EXECUTE FUNCTION gatehouse_review_items_read_only();
CREATE TRIGGER review_items_signed_off_delete BEFORE DELETE ON review_items
    FOR EACH ROW EXECUTE FUNCTION gatehouse_review_items_read_only();
