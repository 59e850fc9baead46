{{ printf "%c %c %U %#U" 65 0x65E5 0x1F600 'x' }}
