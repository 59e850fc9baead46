{{ mustDateModify "90m" (toDate "2006-01-02" "2024-01-01") }} {{ must_date_modify "-1h" (toDate "2006-01-02" "2024-01-01") }}
