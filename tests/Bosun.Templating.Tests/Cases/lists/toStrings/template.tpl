{{ toStrings (list 1 "a" 2.5 nil true) }} {{ typeOf (toStrings (list 1)) }}
