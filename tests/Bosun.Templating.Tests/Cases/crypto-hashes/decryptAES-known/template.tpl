{{ decryptAES "secretkey" "4OZp93JtIvTynvzRbxlaUfoQTsarosAMh1Sv9OeNZS4QhjgBdE8DhHXjN+e7ztqn" }}
