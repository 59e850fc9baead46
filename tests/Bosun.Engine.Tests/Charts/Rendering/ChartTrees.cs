using System.Collections.Immutable;
using System.Text;
using Bosun.Core.Values;
using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts.Rendering;

/// <summary>Chart trees built in code for the rendering tests (the same charts were rendered by helm for the expected bytes).</summary>
internal static class ChartTrees
{
    public static Chart Build(
        string name,
        string version,
        IEnumerable<(string Path, string Text)> files,
        string values = "",
        IEnumerable<Chart>? subcharts = null,
        string type = "",
        IEnumerable<ChartDependency>? dependencies = null)
    {
        var templates = ImmutableArray.CreateBuilder<ChartFile>();
        var others = ImmutableArray.CreateBuilder<ChartFile>();
        foreach (var (path, text) in files)
        {
            var file = new ChartFile(path, Encoding.UTF8.GetBytes(text));
            (path.StartsWith("templates/", StringComparison.Ordinal) ? templates : others).Add(file);
        }

        var metadata = new ChartMetadata
        {
            Name = name,
            Version = version,
            Type = type,
            Dependencies = [.. dependencies ?? []],
        };
        return new Chart(metadata, values.Length == 0 ? new GoMap() : ValuesLoader.Load(values), templates.ToImmutable(), others.ToImmutable())
        {
            Dependencies = [.. subcharts ?? []],
        };
    }

    /// <summary>
    /// The chart of /tmp/rt/par: a parent with a subchart <c>sub</c> (own values, a partial, NOTES.txt, crds/, a
    /// file) and a library chart <c>lib</c> whose non-partial template would fail if it were rendered.
    /// </summary>
    public static Chart Parent()
    {
        var sub = Build(
            "sub",
            "0.2.0",
            [
                ("templates/_h.tpl", "{{- define \"sub.name\" -}}{{ .Chart.Name }}-{{ .Values.color | default \"none\" }}{{- end -}}\n"),
                ("templates/svc.yaml", """
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: {{ include "sub.name" . }}
                      labels:
                        root: {{ .Chart.IsRoot | quote }}
                        g: {{ .Values.global.g | quote }}
                        t: {{ .Template.Name }}
                        files: {{ .Files.Get "extra.txt" | quote }}

                    """),
                ("templates/NOTES.txt", "sub notes\n"),
                ("crds/b.yaml", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: b.example.com\n"),
                ("extra.txt", "extra\n"),
            ],
            "color: red\nsize: 3\n");
        var lib = Build(
            "lib",
            "0.1.0",
            [
                ("templates/_lib.tpl", "{{- define \"lib.hello\" -}}hello-{{ .Chart.Name }}{{- end -}}\n"),
                ("templates/cm.yaml", "{{ fail \"never\" }}\n"),
            ],
            type: "library");
        return Build(
            "par",
            "0.1.0",
            [
                ("templates/cm.yaml", """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: {{ .Release.Name }}-par
                    data:
                      t: {{ .Template.Name }} {{ .Template.BasePath }}
                      root: {{ .Chart.IsRoot | quote }}
                      sub: {{ .Subcharts.sub.Values.color }}
                      inc: {{ include "sub.name" . }}
                      lib: {{ include "lib.hello" . }}
                      deps: {{ .Chart.Dependencies | toJson | quote }}
                      type: {{ printf "%T" . }}

                    """),
                ("templates/hook.yaml", "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hook\n  annotations:\n    helm.sh/hook: pre-install\n"),
                ("templates/tests/t.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: test\n  annotations:\n    helm.sh/hook: test\n"),
                ("templates/NOTES.txt", "notes {{ .Release.Name }}\n"),
                ("crds/a.yaml", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: a.example.com\n"),
            ],
            "greeting: hi\nsub:\n  color: blue\nglobal:\n  g: 1\n",
            [sub, lib],
            dependencies: [new ChartDependency { Name = "sub", Version = "0.2.0" }, new ChartDependency { Name = "lib", Version = "0.1.0" }]);
    }

    /// <summary>The values helm's CoalesceValues gives <see cref="Parent"/> (subchart defaults and globals merged).</summary>
    public static GoMap ParentCoalescedValues() => ValuesLoader.Load("""
        greeting: hi
        global:
          g: 1
        sub:
          color: blue
          size: 3
          global:
            g: 1
        lib:
          global:
            g: 1
        """);
}
