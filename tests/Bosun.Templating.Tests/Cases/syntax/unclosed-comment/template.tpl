{{/* never closed }}
