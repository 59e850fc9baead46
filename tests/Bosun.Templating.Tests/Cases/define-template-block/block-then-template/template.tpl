{{ block "blk" "arg" }}<{{ . }}>{{ end }} {{ template "blk" "again" }}
