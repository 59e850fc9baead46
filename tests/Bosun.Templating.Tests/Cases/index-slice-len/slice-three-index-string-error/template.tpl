{{ slice "abcd" 0 1 2 }}
