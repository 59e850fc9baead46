{{ mod 7 3 }} {{ mod -7 3 }} {{ mod 6 3 }}
