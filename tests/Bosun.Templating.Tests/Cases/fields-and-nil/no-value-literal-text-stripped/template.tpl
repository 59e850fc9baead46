text <no value> stays?
