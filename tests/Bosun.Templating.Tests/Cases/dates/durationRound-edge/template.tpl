{{ durationRound "1h59m" }} {{ durationRound "-3h" }} {{ durationRound "36h" }} {{ durationRound "9000h" }} {{ durationRound "bad" }}
