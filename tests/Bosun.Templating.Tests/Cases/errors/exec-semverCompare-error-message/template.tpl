{{ semverCompare "??" "1.0.0" }}
