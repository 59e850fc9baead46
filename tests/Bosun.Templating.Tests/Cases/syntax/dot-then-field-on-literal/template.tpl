{{ "abc".foo }}
