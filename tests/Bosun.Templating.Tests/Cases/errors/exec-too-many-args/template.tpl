{{ upper "a" "b" }}
