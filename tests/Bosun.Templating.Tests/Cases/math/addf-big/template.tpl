{{ addf 1e20 1 }} {{ mulf 1e10 1e10 }} {{ divf 1 1e-20 }}
