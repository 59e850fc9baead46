{{ printf "%#v" (list 1 "a") }} {{ printf "%#v" (dict "a" 1) }} {{ printf "%#v" "s" }} {{ printf "%#v" 1.5 }} {{ printf "%#v" nil }}
