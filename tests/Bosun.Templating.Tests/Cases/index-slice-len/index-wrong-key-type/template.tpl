{{ index (dict "a" 1) 1 }}
