-- The key that names imported entries (posts.import_key) outlives a change of the data key:
-- when the journal is sealed anew under a new data key, the key the names were made with is
-- kept here, sealed under the new data key. NULL: the account's data key is that key.
ALTER TABLE users ADD COLUMN import_key_base BLOB;
