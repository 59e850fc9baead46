{{ lookup 1 "Pod" "" "" }}
