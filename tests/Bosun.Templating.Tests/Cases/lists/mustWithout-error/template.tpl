{{ mustWithout "ab" "a" }}
