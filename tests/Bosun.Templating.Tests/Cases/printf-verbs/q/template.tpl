{{ printf "%q" "he said \"hi\"\n" }} {{ printf "%q" 65 }} {{ printf "%q" (list "a" "b") }} {{ printf "%#q" "raw" }}
