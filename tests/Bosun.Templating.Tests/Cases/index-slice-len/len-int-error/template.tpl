{{ len 3 }}
