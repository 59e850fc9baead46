{{ $c := buildCustomCert (b64enc "not a cert") (b64enc "not a key") }}{{ $c }}
