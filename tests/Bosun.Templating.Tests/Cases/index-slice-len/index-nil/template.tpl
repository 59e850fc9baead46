{{ index nil 1 }}
