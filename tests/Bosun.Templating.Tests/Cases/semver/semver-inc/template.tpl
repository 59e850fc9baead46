{{ (semver "1.2.3").IncMajor }} {{ (semver "1.2.3").IncMinor }} {{ (semver "1.2.3").IncPatch }}
