{{ wrap 5 "supercalifragilistic is long" }}
