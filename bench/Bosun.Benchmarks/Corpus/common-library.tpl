{{/*
A helper-heavy "common library" template in the style of bjw-s/common: every object is built from
nested includes over controllers, containers, services and persistence, with dict/merge/tpl plumbing.
*/}}
{{- define "lib.names.name" -}}
{{- $global := .Values.global | default dict -}}
{{- $name := .Values.nameOverride | default $global.nameOverride | default .Chart.Name -}}
{{- $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "lib.names.fullname" -}}
{{- $name := include "lib.names.name" . -}}
{{- $global := .Values.global | default dict -}}
{{- if or .Values.fullnameOverride $global.fullnameOverride -}}
{{- $name = .Values.fullnameOverride | default $global.fullnameOverride -}}
{{- else if not (contains $name .Release.Name) -}}
{{- $name = printf "%s-%s" .Release.Name $name -}}
{{- else -}}
{{- $name = .Release.Name -}}
{{- end -}}
{{- $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "lib.names.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "lib.names.object" -}}
{{- $root := .rootContext -}}
{{- $base := include "lib.names.fullname" $root -}}
{{- if and .identifier (ne .identifier "main") -}}
{{- $base = printf "%s-%s" $base .identifier -}}
{{- end -}}
{{- if .object.nameOverride -}}
{{- $base = tpl .object.nameOverride $root -}}
{{- end -}}
{{- $base | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "lib.metadata.selectorLabels" -}}
app.kubernetes.io/name: {{ include "lib.names.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "lib.metadata.labels" -}}
{{- $labels := dict -}}
{{- $_ := set $labels "helm.sh/chart" (include "lib.names.chart" .) -}}
{{- $_ = set $labels "app.kubernetes.io/managed-by" .Release.Service -}}
{{- $_ = set $labels "app.kubernetes.io/version" (.Values.global.appVersion | default .Chart.AppVersion | toString) -}}
{{- with .Values.global.labels -}}
{{- range $key, $value := . -}}
{{- $_ = set $labels $key (tpl $value $) -}}
{{- end -}}
{{- end -}}
{{- $labels = merge $labels (include "lib.metadata.selectorLabels" . | fromYaml) -}}
{{- toYaml $labels -}}
{{- end -}}

{{- define "lib.metadata.annotations" -}}
{{- $annotations := dict -}}
{{- with .Values.global.annotations -}}
{{- range $key, $value := . -}}
{{- $_ := set $annotations $key (tpl $value $) -}}
{{- end -}}
{{- end -}}
{{- if $annotations -}}
{{- toYaml $annotations -}}
{{- end -}}
{{- end -}}

{{- define "lib.container.env" -}}
{{- $root := .rootContext -}}
{{- $env := .env | default dict -}}
{{- range $name := keys $env | sortAlpha }}
{{- $value := get $env $name }}
- name: {{ $name }}
{{- if kindIs "map" $value }}
{{- if hasKey $value "value" }}
  value: {{ tpl (toString $value.value) $root | quote }}
{{- else }}
  valueFrom:
    {{- omit $value "value" | toYaml | nindent 4 }}
{{- end }}
{{- else }}
  value: {{ tpl (toString $value) $root | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{- define "lib.container.ports" -}}
{{- range $svcName, $svc := .rootContext.Values.service }}
{{- if and $svc.enabled (eq ($svc.controller | default "main") $.controllerId) }}
{{- range $portName, $port := $svc.ports }}
{{- if ne ($port.enabled | toString) "false" }}
- name: {{ $portName }}
  containerPort: {{ $port.targetPort | default $port.port }}
  protocol: {{ $port.protocol | default "TCP" }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- end -}}

{{- define "lib.container.probes" -}}
{{- $probes := .probes | default dict -}}
{{- range $kind := list "liveness" "readiness" "startup" }}
{{- $probe := get $probes $kind | default dict }}
{{- if $probe.enabled }}
{{ $kind }}Probe:
{{- if $probe.custom }}
  {{- omit $probe.spec "enabled" | toYaml | nindent 2 }}
{{- else }}
  httpGet:
    path: {{ $probe.path | default "/" }}
    port: {{ $probe.port | default "http" }}
  initialDelaySeconds: {{ $probe.initialDelaySeconds | default 0 }}
  periodSeconds: {{ $probe.periodSeconds | default 10 }}
  timeoutSeconds: {{ $probe.timeoutSeconds | default 1 }}
  failureThreshold: {{ $probe.failureThreshold | default 3 }}
{{- end }}
{{- end }}
{{- end }}
{{- end -}}

{{- define "lib.container" -}}
{{- $root := .rootContext -}}
{{- $container := .container -}}
- name: {{ .containerId }}
  image: {{ printf "%s:%s" $container.image.repository ($container.image.tag | default $root.Chart.AppVersion) | quote }}
  imagePullPolicy: {{ $container.image.pullPolicy | default "IfNotPresent" }}
  {{- with $container.command }}
  command:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $container.args }}
  args:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with (include "lib.container.env" (dict "rootContext" $root "env" $container.env) | trim) }}
  env:
    {{- . | nindent 4 }}
  {{- end }}
  {{- if eq .containerId "app" }}
  {{- with (include "lib.container.ports" (dict "rootContext" $root "controllerId" .controllerId) | trim) }}
  ports:
    {{- . | nindent 4 }}
  {{- end }}
  {{- end }}
  {{- with (include "lib.container.probes" (dict "probes" $container.probes) | trim) }}
  {{- . | nindent 2 }}
  {{- end }}
  {{- with $container.resources }}
  resources:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $container.securityContext }}
  securityContext:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- $mounts := list }}
  {{- range $name, $p := $root.Values.persistence }}
  {{- if and $p.enabled (hasKey ($p.containers | default dict) $.containerId) }}
  {{- $mounts = append $mounts (dict "name" $name "mountPath" (get $p.containers $.containerId)) }}
  {{- end }}
  {{- end }}
  {{- with $mounts }}
  volumeMounts:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}

{{- define "lib.pod" -}}
{{- $root := .rootContext -}}
{{- $controller := .controller -}}
{{- $pod := merge (deepCopy ($controller.pod | default dict)) (deepCopy ($root.Values.defaultPodOptions | default dict)) -}}
{{- with $pod.serviceAccountName }}
serviceAccountName: {{ . }}
{{- end }}
{{- with $pod.securityContext }}
securityContext:
  {{- toYaml . | nindent 2 }}
{{- end }}
enableServiceLinks: {{ $pod.enableServiceLinks | default false }}
containers:
{{- range $containerId := keys $controller.containers | sortAlpha }}
  {{- $container := get $controller.containers $containerId }}
  {{- include "lib.container" (dict "rootContext" $root "controllerId" $.controllerId "containerId" $containerId "container" $container) | nindent 2 }}
{{- end }}
{{- $volumes := list }}
{{- range $name, $p := $root.Values.persistence }}
{{- if $p.enabled }}
{{- if eq $p.type "configMap" }}
{{- $volumes = append $volumes (dict "name" $name "configMap" (dict "name" (tpl $p.name $root))) }}
{{- else if eq $p.type "emptyDir" }}
{{- $volumes = append $volumes (dict "name" $name "emptyDir" (dict)) }}
{{- else }}
{{- $volumes = append $volumes (dict "name" $name "persistentVolumeClaim" (dict "claimName" (printf "%s-%s" (include "lib.names.fullname" $root) $name))) }}
{{- end }}
{{- end }}
{{- end }}
{{- with $volumes }}
volumes:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $pod.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $pod.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "lib.controller" -}}
{{- $root := .rootContext -}}
{{- $controller := .controller -}}
{{- $name := include "lib.names.object" (dict "rootContext" $root "identifier" .controllerId "object" $controller) -}}
---
apiVersion: apps/v1
kind: {{ $controller.type | default "deployment" | title | replace "Statefulset" "StatefulSet" | replace "Daemonset" "DaemonSet" }}
metadata:
  name: {{ $name }}
  labels:
    {{- include "lib.metadata.labels" $root | nindent 4 }}
    app.kubernetes.io/controller: {{ .controllerId }}
  {{- with (include "lib.metadata.annotations" $root) }}
  annotations:
    {{- . | nindent 4 }}
  {{- end }}
spec:
  {{- if ne ($controller.type | default "deployment") "daemonset" }}
  replicas: {{ $controller.replicas | default 1 }}
  {{- end }}
  revisionHistoryLimit: {{ $controller.revisionHistoryLimit | default 3 }}
  selector:
    matchLabels:
      {{- include "lib.metadata.selectorLabels" $root | nindent 6 }}
      app.kubernetes.io/controller: {{ .controllerId }}
  template:
    metadata:
      labels:
        {{- include "lib.metadata.selectorLabels" $root | nindent 8 }}
        app.kubernetes.io/controller: {{ .controllerId }}
      annotations:
        checksum/values: {{ toJson $root.Values | sha256sum | trunc 16 }}
    spec:
      {{- include "lib.pod" (dict "rootContext" $root "controllerId" .controllerId "controller" $controller) | nindent 6 }}
{{- end -}}

{{- define "lib.service" -}}
{{- $root := .rootContext -}}
{{- $svc := .service -}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "lib.names.object" (dict "rootContext" $root "identifier" .serviceId "object" $svc) }}
  labels:
    {{- include "lib.metadata.labels" $root | nindent 4 }}
spec:
  type: {{ $svc.type | default "ClusterIP" }}
  ports:
  {{- range $portName := keys $svc.ports | sortAlpha }}
  {{- $port := get $svc.ports $portName }}
  {{- if ne ($port.enabled | toString) "false" }}
    - name: {{ $portName }}
      port: {{ $port.port }}
      targetPort: {{ $port.targetPort | default $portName }}
      protocol: {{ $port.protocol | default "TCP" }}
  {{- end }}
  {{- end }}
  selector:
    {{- include "lib.metadata.selectorLabels" $root | nindent 4 }}
    app.kubernetes.io/controller: {{ $svc.controller | default "main" }}
{{- end -}}

{{- range $controllerId := keys .Values.controllers | sortAlpha }}
{{- $controller := get $.Values.controllers $controllerId }}
{{- if ne ($controller.enabled | toString) "false" }}
{{ include "lib.controller" (dict "rootContext" $ "controllerId" $controllerId "controller" $controller) }}
{{- end }}
{{- end }}
{{- range $serviceId := keys .Values.service | sortAlpha }}
{{- $svc := get $.Values.service $serviceId }}
{{- if $svc.enabled }}
{{ include "lib.service" (dict "rootContext" $ "serviceId" $serviceId "service" $svc) }}
{{- end }}
{{- end }}
