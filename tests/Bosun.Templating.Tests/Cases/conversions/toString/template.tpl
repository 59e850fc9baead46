{{ toString 1 }} {{ toString 1.5 }} {{ toString true }} {{ toString nil }} {{ toString (list 1 2) }} {{ toString "s" }} {{ typeOf (toString 1) }}
