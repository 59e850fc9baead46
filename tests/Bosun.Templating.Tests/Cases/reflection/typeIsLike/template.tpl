{{ typeIsLike "int" 1 }} {{ typeIsLike "*int" 1 }} {{ typeIsLike "string" "x" }} {{ typeIsLike "[]interface {}" (list) }}
