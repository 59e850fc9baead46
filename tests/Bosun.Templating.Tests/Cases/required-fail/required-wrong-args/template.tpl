{{ required "x" }}
