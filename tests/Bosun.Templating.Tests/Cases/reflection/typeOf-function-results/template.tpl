{{ typeOf (splitList "," "a") }} {{ typeOf (split "," "a") }} {{ typeOf (semver "1.0.0") }} {{ typeOf (toDate "2006-01-02" "2024-05-06") }} {{ typeOf (b64enc "x") }}
