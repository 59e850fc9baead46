{{ sha256sum 1 }}
