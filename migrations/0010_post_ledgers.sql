-- A record per account of which posts it has, in which version: how many, and a keyed
-- digest over every post's id and sealed body, the whole sealed under the account's data
-- key. Every write made through Soliloquy keeps it current, so that a post removed, rolled
-- back to an older copy or added outside Soliloquy is noticed at the next unlock. An
-- account without a row (one from before this version) gets it at its next unlock.
CREATE TABLE post_ledgers (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    body BLOB NOT NULL
) STRICT;
