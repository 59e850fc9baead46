{{ `no \t escapes "here"` }}
{{ `multi
line` }}
