{{ eq (list 1) (list 1) }}
