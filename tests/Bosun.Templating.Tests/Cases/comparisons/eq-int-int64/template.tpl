{{ eq 3 (int64 3) }} {{ eq (int 3) 3 }}
