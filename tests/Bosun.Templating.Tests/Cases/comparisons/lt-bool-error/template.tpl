{{ lt true false }}
