{{ include "r" 3 }}
