{{ len "abc" }} {{ len (list 1 2) }} {{ len (dict "a" 1) }} {{ len "" }} {{ len "héllo" }}
