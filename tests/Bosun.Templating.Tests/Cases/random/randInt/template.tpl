{{ $n := randInt 5 10 }}{{ and (ge $n 5) (lt $n 10) }} {{ typeOf $n }} {{ randInt 3 4 }}
