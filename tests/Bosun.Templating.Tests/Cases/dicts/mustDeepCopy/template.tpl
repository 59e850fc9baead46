{{ mustDeepCopy (list 1 (dict "a" 2)) }}
