{{ chunk 2 (list 1 2 3 4 5) }} {{ chunk 3 (list) }} {{ mustChunk 1 (list "a" "b") }}
