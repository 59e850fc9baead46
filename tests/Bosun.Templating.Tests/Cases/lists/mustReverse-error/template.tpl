{{ mustReverse "ab" }}
