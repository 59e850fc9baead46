{{ urlquery "a b&c=d/é?" }} {{ urlquery "x" 1 }}
