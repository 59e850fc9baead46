{{ b64enc "hello world" }} {{ b64dec "aGVsbG8gd29ybGQ=" }} [{{ b64enc "" }}]
