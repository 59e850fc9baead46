{{ println "a" "b" }}|{{ println 1 2 }}|{{ println }}|
