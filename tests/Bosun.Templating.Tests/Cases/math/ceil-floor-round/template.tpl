{{ ceil 1.2 }} {{ floor 1.8 }} {{ round 1.5 0 }} {{ round 2.5 0 }} {{ round 3.14159 2 }} {{ round -1.5 0 }} {{ round 1.005 2 }}
