{{ printf "%v" (.Files.GetBytes "files/b.txt") }} {{ printf "%s" (.Files.GetBytes "files/b.txt") }} {{ printf "%x" (.Files.GetBytes "files/b.txt") }}
