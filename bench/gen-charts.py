#!/usr/bin/env python3
"""Generates a folder of varied Helm charts for bench/compare-helm.sh.

usage: gen-charts.py OUT_DIR [COUNT]

Two families, alternating so any COUNT mixes them:
  hello-NN  copies of examples/charts/hello with different names and values (ingress, TLS, annotations,
            node selectors, tolerations, replica counts);
  gen-NN    generated charts with a helper library and 2..12 templates that range over 2..40 components
            (Deployments, Services, ConfigMaps, Secrets, an HPA, a PodDisruptionBudget and a hook Job),
            exercising include/tpl/toYaml/nindent/dict/list/printf/b64enc/sha256sum/ternary/default.
Everything is deterministic (no random, no dates, no lookups), so helm and bosun must print the same bytes.
"""
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HELLO = os.path.join(ROOT, "examples", "charts", "hello")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def hello_variant(out, n):
    name = f"hello-{n:02d}"
    dest = os.path.join(out, name)
    shutil.copytree(HELLO, dest)
    chart = open(os.path.join(dest, "Chart.yaml"), encoding="utf-8").read()
    chart = chart.replace("name: hello\n", f"name: {name}\n").replace("version: 0.3.1", f"version: 0.3.{n}")
    # The templates name their helpers "hello.*"; keep them, only the chart name changes.
    write(os.path.join(dest, "Chart.yaml"), chart)
    values = open(os.path.join(dest, "values.yaml"), encoding="utf-8").read()
    values = values.replace("replicaCount: 2", f"replicaCount: {n % 5 + 1}")
    extra = []
    if n % 2 == 1:
        extra.append(f"""ingress:
  enabled: true
  className: nginx
  annotations:
    nginx.ingress.kubernetes.io/proxy-body-size: "{n}m"
  hosts:
    - host: app{n}.example.local
      paths:
        - path: /
          pathType: Prefix
        - path: /api/v{n}
          pathType: ImplementationSpecific
  tls:
    - secretName: app{n}-tls
      hosts:
        - app{n}.example.local
""")
    if n % 3 == 0:
        extra.append(f"""podAnnotations:
  prometheus.io/scrape: "true"
  prometheus.io/port: "{9000 + n}"
nodeSelector:
  kubernetes.io/os: linux
  node.example/pool: pool-{n}
tolerations:
  - key: dedicated
    operator: Equal
    value: web
    effect: NoSchedule
""")
    if n % 4 == 2:
        extra.append(f"""image:
  repository: registry.example/team/hello
  pullPolicy: Always
  tag: "v{n}.0.0"
config:
  greeting: "Hello number {n}"
  logLevel: debug
  maxConnections: {n * 100}
""")
    # A variant replaces whole top-level keys of the example's values.yaml.
    for block in extra:
        for key in [line.split(":")[0] for line in block.splitlines() if line and not line.startswith(" ")]:
            values = remove_top_level_key(values, key)
        values += "\n" + block
    write(os.path.join(dest, "values.yaml"), values)


def remove_top_level_key(text, key):
    """Drops a top-level key and its indented block (so a variant can redefine it)."""
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        if line.strip() and line[0] not in " #-":
            skipping = line.startswith(key + ":")
        if not skipping:
            out.append(line)
    return "".join(out)


HELPERS = """{{/* Helpers of a generated bench chart. */}}
{{- define "gen.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "gen.fullname" -}}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "gen.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "gen.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "gen.selectorLabels" -}}
app.kubernetes.io/name: {{ include "gen.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "gen.componentName" -}}
{{- printf "%s-%s" (include "gen.fullname" .root) .name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "gen.env" -}}
{{- range $k, $v := . }}
- name: {{ $k | upper | replace "-" "_" }}
  value: {{ $v | toString | quote }}
{{- end }}
{{- end }}
"""

DEPLOYMENTS = """{{- range $name, $c := .Values.components }}
{{- $ctx := dict "root" $ "name" $name }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "gen.componentName" $ctx }}
  labels:
    {{- include "gen.labels" $ | nindent 4 }}
    app.kubernetes.io/component: {{ $name }}
spec:
  replicas: {{ $c.replicas | default 1 }}
  selector:
    matchLabels:
      {{- include "gen.selectorLabels" $ | nindent 6 }}
      app.kubernetes.io/component: {{ $name }}
  template:
    metadata:
      annotations:
        checksum/env: {{ toYaml $c.env | sha256sum | trunc 16 }}
      labels:
        {{- include "gen.selectorLabels" $ | nindent 8 }}
        app.kubernetes.io/component: {{ $name }}
    spec:
      containers:
        - name: {{ $name }}
          image: {{ printf "%s/%s:%s" $.Values.registry $name ($c.tag | default $.Chart.AppVersion) | quote }}
          args: {{ toJson $c.args }}
          {{- with $c.env }}
          env:
            {{- include "gen.env" . | nindent 12 }}
          {{- end }}
          ports:
            {{- range $c.ports }}
            - name: {{ .name }}
              containerPort: {{ .port }}
              protocol: {{ .protocol | default "TCP" }}
            {{- end }}
          resources:
            {{- toYaml (default $.Values.defaultResources $c.resources) | nindent 12 }}
{{- end }}
"""

SERVICES = """{{- range $name, $c := .Values.components }}
{{- if $c.ports }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "gen.componentName" (dict "root" $ "name" $name) }}
  labels:
    {{- include "gen.labels" $ | nindent 4 }}
spec:
  type: {{ ternary "LoadBalancer" "ClusterIP" (eq $name "gateway") }}
  ports:
    {{- range $c.ports }}
    - port: {{ add .port 10000 }}
      targetPort: {{ .name }}
      name: {{ .name }}
    {{- end }}
  selector:
    {{- include "gen.selectorLabels" $ | nindent 4 }}
    app.kubernetes.io/component: {{ $name }}
{{- end }}
{{- end }}
"""

CONFIGMAP = """apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "gen.fullname" . }}-settings
  labels:
    {{- include "gen.labels" . | nindent 4 }}
data:
  components: {{ keys .Values.components | sortAlpha | join "," | quote }}
  greeting: {{ tpl .Values.greeting . | quote }}
  settings.yaml: |
    {{- toYaml .Values.settings | nindent 4 }}
  {{- range $i, $e := until (len .Values.features) }}
  feature-{{ $i }}: {{ index $.Values.features $i | quote }}
  {{- end }}
"""

SECRET = """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "gen.fullname" . }}-credentials
type: Opaque
data:
  {{- range $k, $v := .Values.credentials }}
  {{ $k }}: {{ $v | b64enc | quote }}
  {{- end }}
stringData:
  summary: {{ printf "%d credentials for %s" (len .Values.credentials) .Release.Name | quote }}
"""

HPA = """{{- range $name, $c := .Values.components }}
{{- if gt (int ($c.replicas | default 1)) 2 }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "gen.componentName" (dict "root" $ "name" $name) }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "gen.componentName" (dict "root" $ "name" $name) }}
  minReplicas: {{ $c.replicas }}
  maxReplicas: {{ mul $c.replicas 3 }}
{{- end }}
{{- end }}
"""

PDB = """apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "gen.fullname" . }}
spec:
  minAvailable: {{ .Values.minAvailable | default 1 }}
  selector:
    matchLabels:
      {{- include "gen.selectorLabels" . | nindent 6 }}
"""

HOOK = """apiVersion: batch/v1
kind: Job
metadata:
  name: {{ include "gen.fullname" . }}-migrate
  annotations:
    "helm.sh/hook": pre-install,pre-upgrade
    "helm.sh/hook-weight": "{{ .Values.hookWeight }}"
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: {{ printf "%s/migrate:%s" .Values.registry .Chart.AppVersion }}
          command: {{ list "migrate" "--to" (printf "v%d" (int .Values.hookWeight)) | toJson }}
"""

NOTES = """{{ include "gen.fullname" . }} has {{ len .Values.components }} components.
"""

EXTRA_TEMPLATES = [("configmap.yaml", CONFIGMAP), ("secret.yaml", SECRET), ("hpa.yaml", HPA),
                   ("pdb.yaml", PDB), ("hooks/migrate.yaml", HOOK)]


def generated(out, n):
    name = f"gen-{n:02d}"
    dest = os.path.join(out, name)
    components = 2 + (n * 7) % 39  # 2..40
    write(os.path.join(dest, "Chart.yaml"), f"""apiVersion: v2
name: {name}
description: Generated bench chart {n} with {components} components
type: application
version: 1.{n}.0
appVersion: "2.{n}.1"
""")
    lines = [f"registry: registry.example/bench{n}", "nameOverride: \"\"",
             f"greeting: \"Hello from {{{{ .Release.Name }}}} in {{{{ .Release.Namespace }}}} ({n})\"",
             f"minAvailable: {n % 3 + 1}", f"hookWeight: {n - 5}",
             "defaultResources:", "  limits:", "    cpu: 500m", "    memory: 256Mi",
             "  requests:", "    cpu: 100m", "    memory: 64Mi",
             "features:"]
    lines += [f"  - feature-{n}-{i}" for i in range(n % 6 + 1)]
    lines += ["settings:", f"  replicas: {n}", "  nested:", f"    level: {n * 3}", "    enabled: true",
              "    list: [a, b, c]", f"  ratio: {n}.5", "  empty: {}"]
    lines += ["credentials:"] + [f"  user{i}: secret-{n}-{i}" for i in range(n % 4 + 1)]
    lines.append("components:")
    for i in range(components):
        cname = "gateway" if i == 0 else f"svc{i:02d}"
        lines += [f"  {cname}:", f"    replicas: {i % 5 + 1}", f"    args: [--port, \"{8000 + i}\", --verbose]"]
        if i % 4 != 3:
            lines += ["    ports:", f"      - name: http", f"        port: {8000 + i}"]
            if i % 3 == 0:
                lines += ["      - name: metrics", f"        port: {9000 + i}", "        protocol: TCP"]
        lines += ["    env:", f"      log-level: {'debug' if i % 2 else 'info'}", f"      worker-count: {i + 1}",
                  f"      feature-flag: {str(i % 2 == 0).lower()}"]
        if i % 5 == 4:
            lines += ["    resources:", "      limits:", f"        memory: {128 * (i % 4 + 1)}Mi"]
        if i % 6 == 5:
            lines.append(f"    tag: \"1.{i}\"")
    write(os.path.join(dest, "values.yaml"), "\n".join(lines) + "\n")
    templates = os.path.join(dest, "templates")
    write(os.path.join(templates, "_helpers.tpl"), HELPERS)
    write(os.path.join(templates, "deployments.yaml"), DEPLOYMENTS)
    write(os.path.join(templates, "NOTES.txt"), NOTES)
    if n % 2 == 0:
        write(os.path.join(templates, "services.yaml"), SERVICES)
    for i, (fname, text) in enumerate(EXTRA_TEMPLATES):
        if (n + i) % 3 != 0:
            write(os.path.join(templates, fname), text)


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for n in range(count):
        if n % 5 in (0, 3):
            hello_variant(out, n)
        else:
            generated(out, n)


if __name__ == "__main__":
    main()
