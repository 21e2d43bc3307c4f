-- Failed unlock attempts per login text (username or email as typed, whether
-- or not such an account exists), kept across restarts so that guessing a
-- password gets slower after five misses.
CREATE TABLE login_attempts (
    login TEXT PRIMARY KEY COLLATE NOCASE,
    failures INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL
) STRICT;
