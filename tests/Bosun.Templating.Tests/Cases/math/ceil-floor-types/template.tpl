{{ typeOf (ceil 1.2) }} {{ ceil 3 }} {{ floor "2.7" }} {{ ceil -0.5 }}
