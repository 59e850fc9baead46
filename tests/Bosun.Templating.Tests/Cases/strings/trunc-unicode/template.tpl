{{ trunc 3 "héllo" }}|{{ trunc 1 "日本語x" | len }}|{{ trunc 9 "日本語" }}
