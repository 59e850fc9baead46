{{ untilStep 0 10 -1 }} {{ untilStep 10 0 1 }}
