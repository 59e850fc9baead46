{{ trunc 3 }}
