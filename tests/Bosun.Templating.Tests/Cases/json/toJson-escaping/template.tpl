{{ toJson (list "<tag>" "a&b" "quote\"" "back\\" "nl\n" "tab\t" "é" "\u2028") }}
