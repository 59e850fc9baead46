{{ semverCompare "<1.0.0 || >=3.0.0" "3.1.0" }} {{ semverCompare "<1.0.0 || >=3.0.0" "2.0.0" }}
