{{ printf "100%%" }} {{ printf "%d%%" 5 }}
