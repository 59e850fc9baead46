{{ sha1sum "hello" }} {{ sha1sum "" }}
