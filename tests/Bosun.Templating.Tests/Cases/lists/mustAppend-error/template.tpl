{{ mustAppend 5 1 }}
