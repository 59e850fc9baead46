{{ toRawJson (list "<tag>" "a&b" "é") }}
