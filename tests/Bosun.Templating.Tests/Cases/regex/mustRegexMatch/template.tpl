{{ mustRegexMatch "a+" "caat" }}
