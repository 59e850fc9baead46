{{ printf "%z" 1 }} {{ printf "%!" }}
