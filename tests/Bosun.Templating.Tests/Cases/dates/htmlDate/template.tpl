{{ htmlDate 0 }} {{ htmlDate (toDate "2006-01-02" "2024-07-04") }} {{ htmlDateInZone 1700000000 "Asia/Tokyo" }}
