{{ $c := encryptAES "my-key" "plain text" }}{{ decryptAES "my-key" $c }} {{ len (b64dec $c) }} {{ regexMatch "^[A-Za-z0-9+/]+=*$" $c }}
