{{ atoi "42" }} {{ atoi "-7" }} {{ atoi "abc" }} {{ atoi "1.5" }} {{ atoi " 3" }} {{ typeOf (atoi "1") }}
