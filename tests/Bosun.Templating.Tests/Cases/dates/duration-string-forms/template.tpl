{{ duration "3600" }} {{ duration "-5" }} {{ duration "x" }}
