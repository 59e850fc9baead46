{{ $t := toDate "2006-01-02" "2024-01-01" }}{{ dateModify "1.5h" $t }} {{ date_modify "-24h" $t }} {{ dateModify "bad" $t }}
