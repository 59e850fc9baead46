{{ empty "" }} {{ empty "x" }} {{ empty 0 }} {{ empty 0.0 }} {{ empty nil }} {{ empty (list) }} {{ empty (dict) }} {{ empty false }} {{ empty .Values.missing }} {{ empty .Capabilities }}
