{{ isAbs "/a" }} {{ isAbs "a" }} {{ isAbs "" }}
