{{ toJson (splitList "," "a,b") }} {{ toJson (split "," "a,b") }} {{ toJson (semver "1.2.3") }}
