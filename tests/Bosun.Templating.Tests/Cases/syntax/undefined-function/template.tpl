{{ nosuchfunc 1 }}
