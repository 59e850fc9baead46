{{ sha512sum "hello" }}
