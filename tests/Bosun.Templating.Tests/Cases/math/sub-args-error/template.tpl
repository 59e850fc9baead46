{{ sub 1 }}
