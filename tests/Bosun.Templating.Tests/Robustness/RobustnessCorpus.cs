namespace Bosun.Templating.Tests.Robustness;

/// <summary>
/// Real-world-looking templates (helm create, bjw-s style helpers, ingress/range/with idioms) that the
/// fuzz tests mutate. They avoid functions whose cost grows with an argument (until, repeat, genCA...),
/// so a mutation cannot turn a case into a minutes-long computation.
/// </summary>
internal static class RobustnessCorpus
{
    public static readonly string[] Templates =
    [
        """
        {{- define "app.name" -}}
        {{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
        {{- end }}
        {{- define "app.fullname" -}}
        {{- if .Values.fullnameOverride }}
        {{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
        {{- else }}
        {{- $name := default .Chart.Name .Values.nameOverride }}
        {{- if contains $name .Release.Name }}
        {{- .Release.Name | trunc 63 | trimSuffix "-" }}
        {{- else }}
        {{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
        {{- end }}
        {{- end }}
        {{- end }}
        name: {{ include "app.fullname" . }}
        """,
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ .Release.Name }}-{{ .Chart.Name }}
          labels:
            {{- with .Values.labels }}
            {{- toYaml . | nindent 4 }}
            {{- end }}
        spec:
          replicas: {{ .Values.replicaCount | default 1 }}
          template:
            spec:
              containers:
                - name: {{ .Chart.Name }}
                  image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
                  {{- if .Values.resources }}
                  resources: {{- toYaml .Values.resources | nindent 12 }}
                  {{- end }}
        """,
        """
        {{- if .Values.ingress.enabled -}}
        {{- $svc := .Values.service -}}
        rules:
          {{- range $i, $host := .Values.ingress.hosts }}
          - host: {{ $host.host | quote }}
            http:
              paths:
                {{- range .paths }}
                - path: {{ .path }}
                  backend: {{ $.Release.Name }}:{{ $svc.port }}
                {{- else }}
                - path: /
                {{- end }}
          {{- end }}
        {{- end }}
        """,
        """
        {{- $env := dict "A" "1" "B" (printf "%d" 2) -}}
        {{- $_ := set $env "C" (.Values.c | toString) -}}
        env:
        {{- range $k, $v := $env }}
          - name: {{ $k | upper }}
            value: {{ $v | quote }}
        {{- end }}
        {{- $merged := merge (dict "x" 1) (.Values.extra | default dict) }}
        keys: {{ keys $merged | sortAlpha | join "," }}
        {{- with $merged.x }} x={{ . }}{{ end }}
        """,
        """
        {{- define "lib.labels" -}}
        {{- $labels := dict "app" .name -}}
        {{- if .extra }}{{- $labels = merge $labels .extra }}{{- end }}
        {{- toYaml $labels -}}
        {{- end -}}
        metadata:
          labels: {{- include "lib.labels" (dict "name" "web" "extra" .Values.labels) | nindent 4 }}
          annotations:
            checksum: {{ .Values | toJson | sha256sum | trunc 8 }}
        {{ tpl "{{ .Release.Name }}-{{ .Values.suffix | default \"x\" }}" . }}
        """,
        """
        {{/* a comment */}}
        {{- $list := list "a" "b" "c" -}}
        {{- $list = append $list "d" -}}
        {{ range $index, $item := $list }}{{ if $index }},{{ end }}{{ $item | upper }}{{ end }}
        {{ if and (eq (len $list) 4) (not (empty $list)) }}four{{ else if gt (len $list) 4 }}more{{ else }}less{{ end }}
        {{ $list | first }} {{ $list | last }} {{ index $list 1 }} {{ slice $list 1 3 | join "-" }}
        {{ ternary "yes" "no" (has "b" $list) }} {{ coalesce .Values.missing "fallback" }}
        """,
        """
        {{- block "main" . }}default {{ .Values.x | default "none" }}{{ end }}
        {{- with .Values.nested }}{{ with .inner }}{{ .value | b64enc }}{{ end }}{{ end }}
        {{ printf "%v %q %05.2f %x" .Values.a .Values.b 3.14159 255 }}
        {{ .Values.text | replace "a" "b" | lower | title | trim | indent 2 }}
        {{ regexReplaceAll "[0-9]+" (.Values.text | toString) "#" }} {{ semverCompare ">=1.20.0" "1.25.3" }}
        {{ toJson .Values.list }} {{ (fromYaml "a: 1").a }} {{ .Values.count | int | add 1 | mul 2 }}
        """,
        """
        {{- range $name, $cfg := .Values.configs }}
        ---
        kind: ConfigMap
        metadata:
          name: {{ $name }}
        data:
          {{- range $key, $value := $cfg }}
          {{ $key }}: {{ $value | toString | quote }}
          {{- end }}
        {{- end }}
        {{- template "footer" . }}
        {{- define "footer" }}
        # generated for {{ .Release.Name | default "release" }} by {{ .Release.Service | default "Helm" }}
        {{- end }}
        """,
    ];
}
