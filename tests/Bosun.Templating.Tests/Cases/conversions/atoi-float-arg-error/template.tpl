{{ atoi 5 }}
