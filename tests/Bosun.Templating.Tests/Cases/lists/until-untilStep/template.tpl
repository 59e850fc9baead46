{{ until 5 }} {{ until 0 }} {{ until -3 }} {{ untilStep 0 10 3 }} {{ untilStep 10 0 -4 }} {{ untilStep 1 5 0 }}
