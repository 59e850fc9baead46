{{ first (list 1 2 3) }} {{ last (list 1 2 3) }} [{{ first (list) }}] [{{ last (list) }}] {{ mustFirst (list "a") }} {{ mustLast (list "a" "z") }}
