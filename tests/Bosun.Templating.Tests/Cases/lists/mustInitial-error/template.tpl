{{ mustInitial 1 }}
