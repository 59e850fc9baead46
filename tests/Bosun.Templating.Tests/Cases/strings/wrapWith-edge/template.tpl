{{ wrapWith 3 "<br>" "abc def ghijkl" }}|{{ wrapWith 10 "|" "" }}
