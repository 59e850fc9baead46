{{ (semver "1.0.0").Compare nil }}
