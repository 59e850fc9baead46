{{ clean "/a/../b/./c//d/" }} {{ clean "" }} {{ clean "../../x" }} {{ clean "a/b/../.." }}
