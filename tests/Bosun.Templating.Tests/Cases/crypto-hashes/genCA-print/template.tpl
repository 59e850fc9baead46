{{ $ca := genCA "x" 1 }}{{ regexMatch "^\\{-----BEGIN CERTIFICATE-----" (print $ca) }}
