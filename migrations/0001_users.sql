-- Accounts. Usernames and emails are unique regardless of case.
-- The password never appears here: password_hash is an Argon2id PHC string
-- (a verifier), and the data key that unlocks the posts is stored only
-- wrapped, once under a key derived from the password and once under the
-- recovery key.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    key_salt BLOB NOT NULL,
    wrapped_key_password BLOB NOT NULL,
    wrapped_key_recovery BLOB NOT NULL,
    avatar BLOB,
    created_at INTEGER NOT NULL
) STRICT;
