{{ (fromJson "{\"a\": \"\\u00e9\\n\\ud83d\\ude00\"}").a }}
