{{ printf "%o %b %#o %O" 8 5 8 8 }}
