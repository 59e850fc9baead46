{{ nospace "h e l\tl\no" }}
