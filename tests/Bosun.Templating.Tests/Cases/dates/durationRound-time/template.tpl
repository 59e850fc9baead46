{{ regexMatch "^[0-9]+(y|mo)$" (durationRound (toDate "2006-01-02" "2015-01-01")) }}
