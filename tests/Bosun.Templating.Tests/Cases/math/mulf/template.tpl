{{ mulf 1.5 2 }} {{ mulf 0.1 3 }} {{ mulf 2 3 4 }}
