-- The size a picture shows at (after its EXIF orientation), so that the chat keeps its room
-- before the picture is decoded. Sealed like the bytes, bound to the account and the content's
-- digest; NULL for contents stored before version 11 (the chat then keeps a square room).
ALTER TABLE attachment_contents ADD COLUMN shown_size BLOB;
