{{ (semver "1.2.3-alpha").Prerelease }} [{{ (semver "1.2.3").Prerelease }}] {{ (semver "1.2.3-alpha").IncPatch }}
