{{ $u := urlParse "/just/path?x" }}{{ $u.path }}|{{ $u.host }}|{{ $u.query }}
