{{ seq -3 }} | {{ seq 0 }} | {{ seq 1 }}
