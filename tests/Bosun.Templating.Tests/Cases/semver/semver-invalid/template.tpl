{{ semver "not.a.version" }}
