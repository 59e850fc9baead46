{{ initials "Hello Wide World" }} {{ initials "single" }} [{{ initials "" }}]
