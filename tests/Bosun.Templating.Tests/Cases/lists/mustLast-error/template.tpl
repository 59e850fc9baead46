{{ mustLast (dict) }}
