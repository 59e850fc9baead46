{{ repeat nil "x" }}
