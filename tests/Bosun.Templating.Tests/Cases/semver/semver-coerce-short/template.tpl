{{ semver "1" }} {{ semver "1.2" }} {{ (semver "v2").Major }}
