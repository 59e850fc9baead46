{{ printf "%x %X %x %X" 255 255 "hi" "hi" }} {{ printf "% x" "abc" }} {{ printf "%#x" 255 }}
