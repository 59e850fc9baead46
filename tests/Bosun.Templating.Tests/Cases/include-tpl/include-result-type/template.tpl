{{ typeOf (include "t" .) }}
