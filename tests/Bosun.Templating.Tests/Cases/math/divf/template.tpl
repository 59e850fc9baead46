{{ divf 7 2 }} {{ divf 1 3 }} {{ divf 10 2 2 }}
