{{ (semver "v1.2.3").Original }} {{ semver "v1.2.3" }}
