{{ b32enc "hello" }} {{ b32dec "NBSWY3DP" }} {{ b32dec "bad!" }}
