{{ b64dec "Zm9vCg==" | quote }}
