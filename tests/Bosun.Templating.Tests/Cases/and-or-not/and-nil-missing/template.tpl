{{ and .Values.missing "x" }}|{{ or .Values.missing "y" }}
