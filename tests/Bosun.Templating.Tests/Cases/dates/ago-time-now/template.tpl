{{ ago now }}
