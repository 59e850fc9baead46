{{ wrap 10 "The quick brown fox jumps over the lazy dog" }}
