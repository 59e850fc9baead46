{{ base 1 }}
