-- Imports. import_key identifies the entry of another journal a post was
-- imported from, so that importing the same file again adds nothing. It is an
-- HMAC-SHA256 under a key derived from the account's data key, never the text
-- or an unkeyed hash of it. Posts written here have none (NULL, never equal).
ALTER TABLE posts ADD COLUMN import_key BLOB;
CREATE UNIQUE INDEX posts_by_import_key ON posts (user_id, import_key);

-- Files attached to a post (photos from Day One). The bytes are sealed like a
-- post body, bound to the user, the post and the position, which is what the
-- post's text refers to as attachment:POSITION.
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    mime_type TEXT NOT NULL,
    body BLOB NOT NULL,
    UNIQUE (post_id, position)
) STRICT;
