{{ wrap 0 "a b c" }}|{{ wrap 1 "ab cd" }}|{{ wrap 80 "short" }}|{{ wrap 5 "a\nbcdefgh ij" }}
