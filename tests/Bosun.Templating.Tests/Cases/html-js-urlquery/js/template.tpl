{{ js "it's \"quoted\" <tag> & \\ line\nnew" }}
