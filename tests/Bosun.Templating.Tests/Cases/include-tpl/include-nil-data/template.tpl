[{{ include "t" nil }}]
