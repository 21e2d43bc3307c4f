-- Posts. The body is sealed (AES-256-GCM) under the author's data key;
-- times are UTC milliseconds since the epoch.
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    edited_at INTEGER
) STRICT;

-- The chat view pages by (created_at, id) for one user: keyset, never OFFSET.
CREATE INDEX posts_by_user_and_time ON posts (user_id, created_at, id);
