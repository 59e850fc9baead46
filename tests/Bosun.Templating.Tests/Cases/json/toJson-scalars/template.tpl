{{ toJson 1 }} {{ toJson 1.5 }} {{ toJson "s" }} {{ toJson nil }} {{ toJson true }} {{ toJson 1e21 }} {{ toJson 100000000.0 }} {{ toJson 1e-7 }}
