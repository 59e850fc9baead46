{{ $ca := genCA "ca" 1 }}{{ keys (fromYaml (toYaml $ca)) | sortAlpha }}
