{{ printf "x" ) }}
