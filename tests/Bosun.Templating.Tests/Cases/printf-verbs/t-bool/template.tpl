{{ printf "%t %t" true false }} {{ printf "%t" 1 }}
