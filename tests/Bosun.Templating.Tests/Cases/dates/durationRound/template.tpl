{{ durationRound "2h10m5s" }} {{ durationRound 3600 }} {{ durationRound "400h" }} {{ durationRound "100000h" }} {{ durationRound "1m30s" }} {{ durationRound "5s" }}
