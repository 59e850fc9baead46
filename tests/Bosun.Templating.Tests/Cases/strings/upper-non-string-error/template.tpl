{{ upper 5 }}
