{{ html "<a href=\"x\">&'</a>" }} {{ html 1 "<" }}
