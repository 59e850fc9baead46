{{ upper "hello World" }} {{ lower "HeLLo" }} {{ upper "straße" }} {{ lower "ÀÉÎ" }}
