{{ fromJsonArray "[1, \"a\", {\"b\": null}]" }} {{ typeOf (fromJsonArray "[]") }}
