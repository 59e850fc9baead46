{{ sha256sum "hello" }} {{ sha256sum "" }}
