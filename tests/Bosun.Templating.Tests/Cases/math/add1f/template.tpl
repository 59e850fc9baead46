{{ add1f 1.5 }} {{ add1f 0.1 }} {{ add1f "2.5" }}
