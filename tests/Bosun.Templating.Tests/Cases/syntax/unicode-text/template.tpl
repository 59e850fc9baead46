héllo wörld ✓ {{ "日本語" }} {{ len "日本語" }}
