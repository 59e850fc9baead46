{{ b64enc "日本" }} {{ b64dec (b64enc "é") }}
