{{ trimPrefix "pre-" "pre-fix" }} {{ trimSuffix ".yaml" "file.yaml" }} {{ trimPrefix "x" "abc" }} {{ "a.b.c" | trimSuffix ".c" }}
