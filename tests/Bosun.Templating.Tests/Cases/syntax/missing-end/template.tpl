{{ if true }}x
