{{ addf 1.5 2.25 }} {{ addf 1 2 3 }} {{ addf 0.1 0.2 }} {{ addf }} {{ typeOf (addf 1 1) }}
