{{ b64dec "aGk" }}|{{ b64dec "aGk=" }}
