{{ ne (randAlphaNum 32) (randAlphaNum 32) }}
