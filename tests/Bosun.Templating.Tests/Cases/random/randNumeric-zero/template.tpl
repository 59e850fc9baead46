[{{ randNumeric 0 }}] [{{ randAlpha 0 }}] [{{ randAscii 0 }}]
