a
b
{{ semver "bad version" }}
