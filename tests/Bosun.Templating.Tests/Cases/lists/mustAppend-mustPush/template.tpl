{{ mustAppend (list 1) 2 }} {{ mustPush (list "a") "b" }}
