-- Failed unlock attempts are counted per account (under "\naccount ID") and, for all
-- names that are no account's, together (under "\nno account"). Earlier versions kept a
-- row under the text typed at the login, which may have been a password typed into the
-- name field: those rows go, and their bytes are zeroed where they were.
PRAGMA secure_delete = ON;
DELETE FROM login_attempts WHERE substr(login, 1, 1) <> char(10);
