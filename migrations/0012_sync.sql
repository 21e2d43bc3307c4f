-- Sync through a folder that a sync tool keeps (see SyncFolder). sync_settings says that the
-- account keeps its journal in step with other computers; while it has a row, every write
-- transaction also stores its changes (a changeset of SQLite's session extension) in
-- sync_outbox, to be sealed into the folder at the next round. The rows a changeset holds are
-- the journal's own rows, sealed as they are here. sync_applied says how far each other
-- computer's changes are applied here.
CREATE TABLE sync_settings (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    folder TEXT NOT NULL,
    computer_id BLOB NOT NULL,
    computer_name TEXT NOT NULL,
    clock INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE sync_outbox (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    changes BLOB NOT NULL
);

CREATE TABLE sync_applied (
    computer_id BLOB PRIMARY KEY,
    sequence INTEGER NOT NULL
) STRICT;
