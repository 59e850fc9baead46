{{ semverCompare ">=1.20.0" "1.20.0-rc.1" }} {{ semverCompare ">=1.20.0-0" "1.20.0-rc.1" }} {{ semverCompare ">=1.20.0-0" "v1.21.3-gke.100" }}
