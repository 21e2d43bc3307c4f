-- The highest post id ever given, so that a deleted post's id is never given again. A
-- post's sealed body is bound to its id: a copy of a deleted post (from an old backup)
-- must not open in the place of a newer post that took its id. Every insert, however
-- it is made, raises it.
CREATE TABLE post_ids (
    last INTEGER NOT NULL
) STRICT;
INSERT INTO post_ids (last) SELECT coalesce(max(id), 0) FROM posts;
CREATE TRIGGER posts_raise_last_id AFTER INSERT ON posts
BEGIN
    UPDATE post_ids SET last = NEW.id WHERE NEW.id > last;
END;
