{{ initials "  multiple   spaces here " }} {{ initials "lower case words" }} {{ initials "Ünïcode Wörds" }}
