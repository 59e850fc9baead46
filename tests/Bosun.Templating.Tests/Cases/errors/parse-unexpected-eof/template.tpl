{{ if true }}
