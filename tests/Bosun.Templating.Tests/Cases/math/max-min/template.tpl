{{ max 1 5 3 }} {{ min 1 5 3 }} {{ biggest 2 9 }} {{ max 7 }} {{ min -1 -5 }} {{ max 1.5 2 }} {{ typeOf (max 1 2) }}
