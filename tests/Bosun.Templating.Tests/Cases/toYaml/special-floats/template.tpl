{{ toYaml (dict "inf" (float64 "+Inf") "nan" (float64 "NaN")) }}
