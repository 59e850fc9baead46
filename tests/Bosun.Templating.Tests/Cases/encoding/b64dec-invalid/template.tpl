{{ b64dec "not base64!" }}
