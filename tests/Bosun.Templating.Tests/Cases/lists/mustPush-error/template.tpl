{{ mustPush nil 1 }}
