{{ add 1 2 }} {{ add 1 2 3 4 }} {{ add }} {{ add 1.9 1.9 }} {{ add "3" 4 }} {{ typeOf (add 1 2) }}
