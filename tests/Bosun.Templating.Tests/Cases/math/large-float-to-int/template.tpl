{{ add 1e19 0 }} {{ int64 1e19 }} {{ int 1e19 }}
