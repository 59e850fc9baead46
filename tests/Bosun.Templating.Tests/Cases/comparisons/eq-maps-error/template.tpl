{{ eq (dict) (dict) }}
