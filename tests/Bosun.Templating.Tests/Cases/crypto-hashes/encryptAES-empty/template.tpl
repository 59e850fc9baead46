{{ $c := encryptAES "k" "" }}{{ len (b64dec $c) }} [{{ decryptAES "k" $c }}]
