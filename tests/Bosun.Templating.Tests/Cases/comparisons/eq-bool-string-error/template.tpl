{{ eq true "true" }}
