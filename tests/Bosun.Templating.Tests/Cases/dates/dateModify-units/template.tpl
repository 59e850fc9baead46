{{ $t := toDate "2006-01-02" "2024-01-01" }}{{ dateModify "1h30m15s" $t }} {{ dateModify "500ms" $t }} {{ dateModify "-1.5h" $t }}
