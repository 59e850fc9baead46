"""The oracle case corpus: discovery, options (case.yaml) and chart assembly.

A case is a directory tests/Bosun.Templating.Tests/Cases/<group>/<case>/ holding
  template.tpl       the template, rendered as c/templates/NOTES.txt (required)
  values.yaml        the chart's values.yaml (optional)
  _*.tpl             partials, parsed as c/templates/<name> (optional)
  files/             chart files visible through .Files, as c/files/... (optional)
  case.yaml          options (optional), one `key: value` per line, values in JSON or plain scalars:
                       description: free text
                       helm: [4]               restrict to these helm majors (default [3, 4])
                       set: ["a=1", "b.c=x"]  --set arguments
                       mask: ["[a-z0-9]{10}"] regexes whose matches become <MASK> on both sides
                       chart: {"appVersion": "1.2.3"}  extra Chart.yaml fields
and the expectations the update script writes (never by hand):
  expected.txt / error.txt              when helm v3 and v4 agree
  expected.v3.txt, expected.v4.txt, error.v3.txt, error.v4.txt   otherwise
"""

import json
import os
import re

HELM_MAJORS = (3, 4)
EXPECTATION_FILES = (
    "expected.txt", "error.txt",
    "expected.v3.txt", "expected.v4.txt", "error.v3.txt", "error.v4.txt",
)
KNOWN_OPTIONS = {"description", "helm", "set", "mask", "chart"}
MASK_TOKEN = "<MASK>"


class CaseError(Exception):
    pass


def parse_options(text, where):
    options = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip()
        if not sep or not key:
            raise CaseError(f"{where}:{number}: expected 'key: value'")
        if key not in KNOWN_OPTIONS:
            raise CaseError(f"{where}:{number}: unknown option '{key}'")
        value = value.strip()
        if value[:1] in ("[", "{", '"'):
            try:
                options[key] = json.loads(value)
            except json.JSONDecodeError as e:
                raise CaseError(f"{where}:{number}: invalid JSON value: {e}") from e
        elif value in ("true", "false"):
            options[key] = value == "true"
        elif re.fullmatch(r"-?[0-9]+", value):
            options[key] = int(value)
        else:
            options[key] = value
    helm = options.get("helm", list(HELM_MAJORS))
    if not isinstance(helm, list) or not helm or any(h not in HELM_MAJORS for h in helm):
        raise CaseError(f"{where}: helm must be a non-empty list of 3 and/or 4")
    for key in ("set", "mask"):
        value = options.get(key, [])
        if not isinstance(value, list) or any(not isinstance(v, str) for v in value):
            raise CaseError(f"{where}: {key} must be a list of strings")
    if not isinstance(options.get("chart", {}), dict):
        raise CaseError(f"{where}: chart must be an object")
    return options


class Case:
    def __init__(self, root, path):
        self.path = path
        self.name = os.path.relpath(path, root).replace(os.sep, "/")
        template = os.path.join(path, "template.tpl")
        if not os.path.isfile(template):
            raise CaseError(f"{self.name}: missing template.tpl")
        options_file = os.path.join(path, "case.yaml")
        options = {}
        if os.path.isfile(options_file):
            with open(options_file, encoding="utf-8") as f:
                options = parse_options(f.read(), f"{self.name}/case.yaml")
        self.options = options
        self.helm = sorted(options.get("helm", list(HELM_MAJORS)))
        self.set = options.get("set", [])
        self.masks = [re.compile(m) for m in options.get("mask", [])]
        self.chart_fields = options.get("chart", {})

    def mask(self, text):
        for m in self.masks:
            text = m.sub(MASK_TOKEN, text)
        return text

    def partials(self):
        return sorted(n for n in os.listdir(self.path)
                      if n.startswith("_") and os.path.isfile(os.path.join(self.path, n)))

    def source_text(self):
        """template.tpl and the partials, concatenated."""
        texts = []
        for name in ["template.tpl"] + self.partials():
            with open(os.path.join(self.path, name), encoding="utf-8") as f:
                texts.append(f.read())
        return "\n".join(texts)

    def build_chart(self, dest):
        """Writes the chart directory `c` for this case under dest; returns its path."""
        chart = os.path.join(dest, "c")
        os.makedirs(os.path.join(chart, "templates"))
        lines = ["apiVersion: v2", "name: c", "version: 0.1.0"]
        for key, value in self.chart_fields.items():
            lines.append(f"{key}: {json.dumps(value)}")
        _write(os.path.join(chart, "Chart.yaml"), ("\n".join(lines) + "\n").encode())
        values = os.path.join(self.path, "values.yaml")
        if os.path.isfile(values):
            _copy(values, os.path.join(chart, "values.yaml"))
        _copy(os.path.join(self.path, "template.tpl"), os.path.join(chart, "templates", "NOTES.txt"))
        for partial in self.partials():
            _copy(os.path.join(self.path, partial), os.path.join(chart, "templates", partial))
        files = os.path.join(self.path, "files")
        if os.path.isdir(files):
            for dirpath, _, filenames in os.walk(files):
                for filename in filenames:
                    source = os.path.join(dirpath, filename)
                    target = os.path.join(chart, os.path.relpath(source, self.path))
                    os.makedirs(os.path.dirname(target), exist_ok=True)
                    _copy(source, target)
        return chart


def _copy(source, target):
    with open(source, "rb") as f:
        _write(target, f.read())


def _write(target, data):
    with open(target, "wb") as f:
        f.write(data)


def discover(root, filters=()):
    cases = []
    for group in sorted(os.listdir(root)):
        group_dir = os.path.join(root, group)
        if not os.path.isdir(group_dir):
            continue
        for name in sorted(os.listdir(group_dir)):
            path = os.path.join(group_dir, name)
            if not os.path.isdir(path):
                continue
            rel = f"{group}/{name}"
            if filters and not any(f in rel for f in filters):
                continue
            cases.append(Case(root, path))
    return cases
