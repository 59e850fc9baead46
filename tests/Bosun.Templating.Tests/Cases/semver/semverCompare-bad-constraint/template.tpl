{{ semverCompare "not a constraint" "1.0.0" }}
