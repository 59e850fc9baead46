{{ toString (int64 -5) }} {{ toString (len "abc") }}
