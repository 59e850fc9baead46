{{ mustChunk 2 "abc" }}
