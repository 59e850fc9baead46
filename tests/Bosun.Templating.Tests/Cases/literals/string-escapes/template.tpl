{{ "tab\there" }}|{{ "nl\nx" }}|{{ "quote\"q" }}|{{ "back\\slash" }}|{{ "\u00e9\x41\101" }}
