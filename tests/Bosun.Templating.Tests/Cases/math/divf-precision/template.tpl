{{ divf 2 3 }} {{ mulf 1.1 1.1 }} {{ subf 0.3 0.1 }}
