{{ toToml (list 1 2) }}|{{ toToml "x" }}
