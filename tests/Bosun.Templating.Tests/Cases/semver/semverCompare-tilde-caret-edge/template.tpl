{{ semverCompare "~1" "1.9.0" }} {{ semverCompare "^0.2.3" "0.3.0" }} {{ semverCompare "^0.0.3" "0.0.4" }} {{ semverCompare "=1.2.3" "1.2.3" }} {{ semverCompare "!=1.2.3" "1.2.3" }}
