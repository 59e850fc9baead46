{{ mustPrepend "s" 1 }}
