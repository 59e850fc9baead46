{{ semverCompare ">=1.2.3" "1.2.4" }} {{ semverCompare "~1.2.0" "1.3.0" }} {{ semverCompare "^1.2.0" "1.9.9" }} {{ semverCompare "1.x" "2.0.0" }} {{ semverCompare ">1.0.0, <2.0.0" "1.5.0" }}
