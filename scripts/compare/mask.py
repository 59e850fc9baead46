#!/usr/bin/env python3
"""Masks the parts of a rendered chart that differ between runs by design (random strings, generated
certificates and keys, checksums of those, timestamps), so two renders can be compared byte for byte.
Reads stdin, writes stdout. The same masking is applied to helm's and bosun's output."""
import re
import sys

MASK = "<MASKED>"

# Values of keys that charts fill from randAlphaNum/genCA/genSignedCert/uuidv4/now...
SENSITIVE_KEY = re.compile(
    r"^(\s*-?\s*[\"']?[\w.\-/]*(?:crt|key|pem|cert|certificate|ca|cabundle|passwords?|passwd|secret|token|"
    r"jwt|salt|cookie|erlang|nonce|uuid|checksum[\w./-]*|timestamp|rollme|randomkey|cluster-id|\d+-id|kraft-cluster-id)[\"']?\s*:\s*)(\S.*)$",
    re.IGNORECASE,
)
PEM = re.compile(r"-----BEGIN ([A-Z ]+)-----.*?-----END \1-----", re.DOTALL)
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
RFC3339 = re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\b")
LONG_BASE64 = re.compile(r"(?<![\w+/])[A-Za-z0-9+/]{40,}={0,2}(?![\w+/])")


def mask(text: str) -> str:
    text = PEM.sub(lambda m: f"-----BEGIN {m.group(1)}-----{MASK}-----END {m.group(1)}-----", text)
    out = []
    for line in text.split("\n"):
        if not line.lstrip().startswith("# Source:"):
            m = SENSITIVE_KEY.match(line)
            if m and m.group(2).strip() not in ("|", ">", "|-", ">-", "{}", "[]", '""', "''"):
                line = m.group(1) + MASK
            line = UUID.sub(MASK, line)
            line = RFC3339.sub(MASK, line)
            line = LONG_BASE64.sub(MASK, line)
        out.append(line)
    return "\n".join(out)


if __name__ == "__main__":
    sys.stdout.write(mask(sys.stdin.read()))
