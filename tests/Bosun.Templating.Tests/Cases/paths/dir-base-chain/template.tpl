{{ "/a/b/c/d.txt" | dir | base }}
