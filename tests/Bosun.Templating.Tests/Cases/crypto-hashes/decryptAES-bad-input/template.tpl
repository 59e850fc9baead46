[{{ decryptAES "k" "not-base64!" }}]
