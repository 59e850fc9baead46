{{ (semver "1.2.3").Compare (semver "1.2.4") }} {{ (semver "2.0.0").GreaterThan (semver "1.9.9") }} {{ (semver "1.0.0").LessThan (semver "1.0.0") }} {{ (semver "1.0.0").Equal (semver "v1.0.0") }}
