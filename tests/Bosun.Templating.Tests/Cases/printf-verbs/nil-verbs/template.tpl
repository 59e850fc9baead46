{{ printf "%s|%d|%v|%q" nil nil nil nil }}
