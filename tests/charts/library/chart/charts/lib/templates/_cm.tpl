{{- define "lib.configmap" -}}
{{- $top := index . 0 -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ $top.Values.name }}-{{ include (index . 1) $top | sha256sum | trunc 8 }}
data:
{{ include (index . 1) $top | indent 2 }}
{{- end -}}
