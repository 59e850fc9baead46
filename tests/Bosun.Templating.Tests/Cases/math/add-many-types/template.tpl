{{ add 1 (int64 2) 3.5 "4" true nil }}
