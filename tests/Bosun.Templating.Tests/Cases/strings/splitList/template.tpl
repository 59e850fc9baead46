{{ splitList "," "a,b,,c" }} {{ splitList "" "abc" }} {{ typeOf (splitList "," "a") }} {{ splitList "," "" | len }}
