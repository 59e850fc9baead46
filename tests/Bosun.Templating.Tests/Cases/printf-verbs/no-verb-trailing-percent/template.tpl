{{ printf "abc%" }}
