{{ adler32sum "hello" }} {{ adler32sum "" }} {{ typeOf (adler32sum "x") }}
