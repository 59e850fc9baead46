{{ (tpl (toYaml .Values.t) . | fromYaml).name }}
