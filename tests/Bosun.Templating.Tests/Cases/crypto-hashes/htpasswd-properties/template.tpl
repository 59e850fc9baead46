{{ $h := htpasswd "user" "pass" }}{{ regexMatch "^user:\\$2a\\$10\\$[./A-Za-z0-9]{53}$" $h }} {{ htpasswd "us:er" "x" }}
