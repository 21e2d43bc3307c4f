-- Attachments stored by content: a photo that several posts show is stored once per
-- account. digest is an HMAC-SHA256 of the bytes under a key derived from the account's
-- data key (equal only for equal bytes, and without the key no known photo can be tested
-- against it); body is sealed bound to the account and that digest.
CREATE TABLE attachment_contents (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    digest BLOB NOT NULL,
    body BLOB NOT NULL,
    UNIQUE (user_id, digest)
) STRICT;

-- An attachment names its content; rows of earlier versions keep their own body, sealed
-- bound to their post and position, and are read as before.
CREATE TABLE attachments_by_content (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    mime_type TEXT NOT NULL,
    body BLOB,
    content_id INTEGER REFERENCES attachment_contents (id),
    UNIQUE (post_id, position),
    CHECK ((body IS NULL) != (content_id IS NULL))
) STRICT;
INSERT INTO attachments_by_content (id, post_id, position, mime_type, body)
    SELECT id, post_id, position, mime_type, body FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_by_content RENAME TO attachments;
CREATE INDEX attachments_by_content_id ON attachments (content_id);

-- A content goes with the last attachment that names it (also when a post or account goes).
CREATE TRIGGER attachment_contents_unused AFTER DELETE ON attachments
WHEN OLD.content_id IS NOT NULL
BEGIN
    DELETE FROM attachment_contents WHERE id = OLD.content_id
        AND NOT EXISTS (SELECT 1 FROM attachments WHERE content_id = OLD.content_id);
END;
