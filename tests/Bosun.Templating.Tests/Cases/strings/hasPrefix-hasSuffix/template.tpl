{{ hasPrefix "foo" "foobar" }} {{ hasSuffix "bar" "foobar" }} {{ hasPrefix "bar" "foobar" }}
