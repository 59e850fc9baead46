{{ default "d" "" }} {{ default "d" "v" }} {{ default "d" nil }} {{ default 5 0 }} {{ default "d" false }} {{ default "d" (list) }} {{ default "d" (dict) }}
