{{ randAlphaNum -1 }}
