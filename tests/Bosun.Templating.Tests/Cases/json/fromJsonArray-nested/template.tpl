{{ (index (fromJsonArray "[[1,2],[3]]") 1) }}
