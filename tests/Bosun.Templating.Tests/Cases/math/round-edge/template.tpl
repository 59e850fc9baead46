{{ round 0.5 0 }} {{ round -0.5 0 }} {{ round 2.675 2 }} {{ round "1.25" 1 }} {{ round 1 2 }}
