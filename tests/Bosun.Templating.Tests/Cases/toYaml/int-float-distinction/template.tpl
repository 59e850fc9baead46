{{ toYaml (list 1 1.0 (int64 1) 1.5 (float64 2)) }}
