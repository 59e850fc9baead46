{{ contains "cat" "concatenate" }} {{ contains "dog" "cat" }} {{ "foobar" | contains "bar" }} {{ contains "" "x" }}
