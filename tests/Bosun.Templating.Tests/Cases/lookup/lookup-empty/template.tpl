{{ lookup "v1" "Namespace" "" "default" }} {{ typeOf (lookup "v1" "Pod" "default" "x") }} {{ len (lookup "v1" "Secret" "ns" "") }}
