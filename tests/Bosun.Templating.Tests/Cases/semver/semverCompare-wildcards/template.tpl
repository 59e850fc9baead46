{{ semverCompare "*" "1.2.3" }} {{ semverCompare "1.2.*" "1.2.9" }} {{ semverCompare "1.2.x" "1.3.0" }} {{ semverCompare ">= 1.2" "1.2.0" }}
