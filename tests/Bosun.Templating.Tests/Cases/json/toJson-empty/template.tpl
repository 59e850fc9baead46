{{ toJson (list) }} {{ toJson (dict) }} {{ toJson "" }}
