{{ fail "contains HELM_ERR_END inside" }}
