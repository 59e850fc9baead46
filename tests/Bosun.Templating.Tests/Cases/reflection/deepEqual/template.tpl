{{ deepEqual (list 1 2) (list 1 2) }} {{ deepEqual (dict "a" 1) (dict "a" 1) }} {{ deepEqual 1 1.0 }} {{ deepEqual "a" "a" }} {{ deepEqual nil nil }} {{ deepEqual (list) (list) }}
