{{ eq (len "abc") 3 }} {{ lt (len (list 1 2)) 3 }}
