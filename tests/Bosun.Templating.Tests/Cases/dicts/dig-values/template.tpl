{{ dig "server" "port" 80 .Values }} {{ dig "server" "host" "localhost" .Values }}
