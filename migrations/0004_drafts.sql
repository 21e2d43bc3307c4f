-- The composer's unsent text, one per account, sealed like a post, so that a
-- draft survives a lock, a restart or a crash.
CREATE TABLE drafts (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    body BLOB NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
