{{ include "t" }}
