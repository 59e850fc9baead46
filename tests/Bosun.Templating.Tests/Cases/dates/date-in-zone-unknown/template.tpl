{{ dateInZone "2006" 0 "Not/AZone" }}
