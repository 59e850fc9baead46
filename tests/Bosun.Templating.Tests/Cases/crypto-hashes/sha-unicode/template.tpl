{{ sha1sum "é" }} {{ sha256sum "日本" }}
