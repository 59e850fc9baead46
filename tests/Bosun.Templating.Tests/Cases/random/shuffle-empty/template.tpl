[{{ shuffle "" }}] {{ shuffle "a" }}
