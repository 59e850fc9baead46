{{ rest (list 1 2 3) }} {{ initial (list 1 2 3) }} {{ rest (list) }} {{ initial (list) }} {{ mustRest (list 1 2) }} {{ mustInitial (list 1 2) }}
