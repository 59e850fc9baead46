{{ (dict nil 1) | toJson }}
