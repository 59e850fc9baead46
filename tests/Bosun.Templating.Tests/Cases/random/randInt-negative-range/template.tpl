{{ $n := randInt -5 -3 }}{{ and (ge $n -5) (lt $n -3) }}
