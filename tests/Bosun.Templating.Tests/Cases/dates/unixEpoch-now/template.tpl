{{ regexMatch "^[0-9]{10}$" (unixEpoch now) }}
