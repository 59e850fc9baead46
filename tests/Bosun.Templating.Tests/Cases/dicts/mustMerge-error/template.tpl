{{ mustMerge (dict) "notamap" }}
