{{ (semver "1.0.0-alpha").LessThan (semver "1.0.0") }} {{ (semver "1.0.0-alpha.1").LessThan (semver "1.0.0-alpha.beta") }}
