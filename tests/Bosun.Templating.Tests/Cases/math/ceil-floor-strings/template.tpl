{{ ceil "1.1" }} {{ floor "x" }} {{ ceil nil }}
