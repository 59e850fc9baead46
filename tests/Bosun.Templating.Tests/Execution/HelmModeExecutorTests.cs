using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Templating.Functions;

namespace Bosun.Templating.Tests.Execution;

/// <summary>
/// Executor behaviour under helm's settings (missingkey=zero, &lt;no value&gt; stripped). Expected outputs and
/// Go error texts were captured from helm v4.1.4 (Go 1.25), rendering each snippet through tpl so that Go's
/// message arrives unabridged (template name "gotpl"). Data is <c>{"Values": ...}</c>.
/// </summary>
public class HelmModeExecutorTests
{
    /// <summary>Helm's options with sprig stand-ins for the few sprig functions the snippets call.</summary>
    internal static TemplateOptions Options { get; } = new()
    {
        Functions = FunctionTable.Helm.With(
        [
            new TemplateFunction("trunc", GoSignature.Of(GoType.Int, GoType.String), (_, args) =>
            {
                string s = (string)args[1]!;
                int n = (int)(long)args[0]!;
                return n >= 0 && n < s.Length ? s[..n] : s;
            }),
            new TemplateFunction("upper", GoSignature.Of(GoType.String), (_, args) => ((string)args[0]!).ToUpperInvariant()),
            new TemplateFunction("list", GoSignature.VariadicOf(GoType.Interface), (_, args) => new GoList(args)),
        ]),
        MissingKey = MissingKeyMode.Zero,
        StripNoValue = true,
    };

    internal static string Render(string template, string valuesJson)
    {
        var set = new TemplateSet(Options);
        set.Parse(new SourceFile("gotpl", template));
        var data = new GoMap { ["Values"] = GoJsonValues.Parse(valuesJson) };
        return set.Execute("gotpl", data);
    }

    [Theory]
    [InlineData("{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ $y := 3 }}{{ end }}{{ $x }}", "{}", "2")]
    [InlineData("{{ range $i, $v := .Values.l }}[{{ $i }}:{{ $v }}]{{ end }}", "{\"l\":[\"a\",\"b\",\"c\"]}", "[0:a][1:b][2:c]")]
    [InlineData("{{ range .Values.l }}[{{ . }}]{{ else }}empty{{ end }}", "{\"l\":[]}", "empty")]
    [InlineData("{{ range $k, $v := .Values.m }}{{ $k }}={{ $v }};{{ end }}", "{\"m\":{\"b\":\"x\",\"a\":\"q\",\"C\":\"z\",\"aa\":\"w\"}}", "C=z;a=q;aa=w;b=x;")]
    [InlineData("{{ range $v := .Values.m }}{{ $v }};{{ end }}", "{\"m\":{\"b\":\"x\",\"a\":\"q\"}}", "q;x;")]
    [InlineData("{{ range 3 }}{{ . }}{{ end }}|{{ range $i := 2 }}{{ $i }}{{ end }}|{{ range 0 }}x{{ else }}none{{ end }}|{{ range -2 }}x{{ else }}neg{{ end }}", "{}", "012|01|none|neg")]
    [InlineData("{{ range $i, $v := .Values.l }}{{ if eq $i 1 }}{{ continue }}{{ end }}{{ if eq $i 3 }}{{ break }}{{ end }}{{ $v }}{{ end }}", "{\"l\":[\"a\",\"b\",\"c\",\"d\",\"e\"]}", "ac")]
    [InlineData("{{ with .Values.a }}A{{ . }}{{ else with .Values.b }}B{{ . }}{{ else }}C{{ end }}", "{\"b\":\"bee\"}", "Bbee")]
    [InlineData("{{ with .Values.missing }}x{{ else }}empty{{ end }}", "{}", "empty")]
    [InlineData("{{ and 1 2 }}|{{ or false 0 }}|{{ not 0 }}|{{ not \"x\" }}|{{ not .Values.l }}", "{\"l\":[]}", "2|0|true|false|true")]
    [InlineData("{{ eq 1 2 3 1 }}|{{ eq \"a\" \"b\" }}|{{ ne 1 2 }}|{{ lt \"a\" \"b\" }}|{{ le 2 2 }}|{{ gt 3 2 }}|{{ ge 1 2 }}", "{}", "true|false|true|true|true|true|false")]
    [InlineData("{{ eq .Values.f 1.0 }}|{{ eq .Values.s \"x\" }}|{{ eq .Values.missing nil }}|{{ eq .Values.nul nil }}|{{ eq .Values.s nil }}", "{\"f\":1,\"s\":\"x\",\"nul\":null}", "true|true|true|true|false")]
    [InlineData("{{ len \"héllo\" }}|{{ len .Values.l }}|{{ len .Values.m }}", "{\"l\":[1,2],\"m\":{\"a\":1}}", "6|2|1")]
    [InlineData("{{ index .Values.m \"a\" }}|{{ index .Values.l 1 }}|{{ index .Values.n2 1 0 }}|{{ index .Values.m \"zz\" }}|{{ index .Values.l }}", "{\"l\":[\"x\",\"z\"],\"m\":{\"a\":1},\"n2\":[[1,2],[3,4]]}", "1|z|3||[x z]")]
    [InlineData("{{ html \"<a href='x'>&\\\"\" }}|{{ js \"a'b\\\"c<>&=\\\\\\n\\u00e9\" }}|{{ urlquery \"a b&c=d/é~\" }}|{{ html .Values.missing }}|{{ js 1 2 }}", "{}", "&lt;a href=&#39;x&#39;&gt;&amp;&#34;|a\\'b\\\"c\\u003C\\u003E\\u0026\\u003D\\\\\\u000Aé|a+b%26c%3Dd%2F%C3%A9~|&lt;no value&gt;|1 2")]
    [InlineData("a {{/* comment */}} b {{- /* trimmed */ -}} c", "{}", "a  bc")]
    [InlineData("{{ 1e3 }}|{{ 0x1F }}|{{ 'a' }}|{{ -0 }}|{{ 1.5 }}|{{ 0o17 }}|{{ 0b101 }}|{{ 1_000 }}|{{ 0x1p4 }}|{{ 1e100 }}|{{ 1.0 }}", "{}", "1000|31|97|0|1.5|15|5|1000|16|1e+100|1")]
    [InlineData("{{ .Values.missing }}|{{ .Values.nul }}|{{ .Values.s.missing }}", "{\"s\":{},\"nul\":null}", "||")]
    [InlineData("{{ $x := .Values.nul }}{{ $x.b }}|{{ (.Values.nul).b }}", "{\"nul\":null}", "|")]
    [InlineData("{{ \"x\" | printf \"%s-%s\" \"a\" }}", "{}", "a-x")]
    [InlineData("{{ .Values.l | len }}|{{ \"abc\" | len }}", "{\"l\":[1,2,3]}", "3|3")]
    [InlineData("{{ $v := \"x\" }}{{ $v }}{{ $v = \"y\" }}{{ $v }}", "{}", "xy")]
    [InlineData("{{ $i := 0 }}{{ $v := 0 }}{{ range $i, $v = .Values.l }}{{ end }}{{ $i }}{{ $v }}", "{\"l\":[\"a\",\"b\"]}", "1b")]
    [InlineData("{{ with $x := .Values.s }}{{ $x }}{{ . }}{{ end }}", "{\"s\":\"str\"}", "strstr")]
    [InlineData("{{ if and .Values.a (index .Values.a \"b\") }}y{{ else }}n{{ end }}", "{}", "n")]
    [InlineData("{{ or .Values.missing \"default\" }}|{{ and .Values.missing \"x\" }}", "{}", "default|")]
    [InlineData("{{ printf \"%d\" (len (index .Values.l 0)) }}", "{\"l\":[[1,2]]}", "2")]
    [InlineData("{{ (index .Values.l 0).a }}", "{\"l\":[{\"a\":\"b\"}]}", "b")]
    [InlineData("{{ required \"need\" 0 }}|{{ required \"need\" false }}", "{}", "0|false")]
    [InlineData("{{ list }}{{ list 1 2 | len }}", "{}", "[]2")]
    [InlineData("{{ \"abc\" | trunc 2 }}", "{}", "ab")]
    public void Execute_Snippet_MatchesHelmOutput(string template, string valuesJson, string expected) =>
        Assert.Equal(expected, Render(template, valuesJson));

    [Theory]
    [InlineData("{{ and 1 0 2 }}|{{ or 0 \"\" \"x\" }}|{{ or 0 \"\" }}|{{ and 1 2 }}|{{ and }}", "{}", "template: gotpl:1:65: executing \"gotpl\" at <and>: wrong number of args for and: want at least 1 got 0")]
    [InlineData("{{ lt 1 2.0 }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <lt 1 2.0>: error calling lt: incompatible types for comparison: int and float64")]
    [InlineData("{{ eq 1 \"a\" }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <eq 1 \"a\">: error calling eq: incompatible types for comparison: int and string")]
    [InlineData("{{ lt true false }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <lt true false>: error calling lt: invalid type for comparison")]
    [InlineData("{{ lt .Values.l 1 }}", "{\"l\":[1]}", "template: gotpl:1:3: executing \"gotpl\" at <lt .Values.l 1>: error calling lt: invalid type for comparison")]
    [InlineData("{{ eq .Values.l .Values.l }}", "{\"l\":[1]}", "template: gotpl:1:3: executing \"gotpl\" at <eq .Values.l .Values.l>: error calling eq: non-comparable type [%!s(float64=1)]: []interface {}")]
    [InlineData("{{ eq .Values.m .Values.l }}", "{\"l\":[1],\"m\":{\"a\":1}}", "template: gotpl:1:3: executing \"gotpl\" at <eq .Values.m .Values.l>: error calling eq: non-comparable types map[a:%!s(float64=1)]: map[string]interface {}, []interface {}: [1]")]
    [InlineData("{{ eq }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <eq>: wrong number of args for eq: want at least 1 got 0")]
    [InlineData("{{ eq 1 }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <eq 1>: error calling eq: missing argument for comparison")]
    [InlineData("{{ len 3 }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <len 3>: error calling len: len of type int")]
    [InlineData("{{ len nil }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <len nil>: error calling len: reflect: call of reflect.Value.Type on zero Value")]
    [InlineData("{{ index .Values.l -1 }}", "{\"l\":[\"x\",\"z\"]}", "template: gotpl:1:3: executing \"gotpl\" at <index .Values.l -1>: error calling index: index out of range: -1")]
    [InlineData("{{ index .Values.l 5 }}", "{\"l\":[\"x\",\"z\"]}", "template: gotpl:1:3: executing \"gotpl\" at <index .Values.l 5>: error calling index: index out of range: 5")]
    [InlineData("{{ index .Values.l 1.0 }}", "{\"l\":[\"x\",\"z\"]}", "template: gotpl:1:3: executing \"gotpl\" at <index .Values.l 1.0>: error calling index: cannot index slice/array with type float64")]
    [InlineData("{{ index .Values.l nil }}", "{\"l\":[\"x\",\"z\"]}", "template: gotpl:1:3: executing \"gotpl\" at <index .Values.l nil>: error calling index: cannot index slice/array with nil")]
    [InlineData("{{ index nil 1 }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <index nil 1>: error calling index: index of untyped nil")]
    [InlineData("{{ index .Values.m 1 }}", "{\"m\":{\"a\":1}}", "template: gotpl:1:3: executing \"gotpl\" at <index .Values.m 1>: error calling index: value has type int; should be string")]
    [InlineData("{{ index .Values.m nil }}", "{\"m\":{\"a\":1}}", "template: gotpl:1:3: executing \"gotpl\" at <index .Values.m nil>: error calling index: value is nil; should be of type string")]
    [InlineData("{{ index 3 1 }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <index 3 1>: error calling index: can't index item of type int")]
    [InlineData("{{ index .Values.l2 0 0 }}", "{\"l2\":[null]}", "template: gotpl:1:3: executing \"gotpl\" at <index .Values.l2 0 0>: error calling index: index of nil pointer")]
    [InlineData("{{ $x := 1 }}{{ define \"t2\" }}{{ $x }}{{ end }}", "{}", "template: gotpl:1: undefined variable \"$x\"")]
    [InlineData("{{ .Values.a.b }}", "{}", "template: gotpl:1:10: executing \"gotpl\" at <.Values.a.b>: nil pointer evaluating interface {}.b")]
    [InlineData("{{ .Values.nul.b }}", "{\"nul\":null}", "template: gotpl:1:10: executing \"gotpl\" at <.Values.nul.b>: nil pointer evaluating interface {}.b")]
    [InlineData("{{ range .Values.l }}{{ .b }}{{ end }}", "{\"l\":[null]}", "template: gotpl:1:24: executing \"gotpl\" at <.b>: nil pointer evaluating interface {}.b")]
    [InlineData("{{ .Values.s.b }}", "{\"s\":\"str\"}", "template: gotpl:1:10: executing \"gotpl\" at <.Values.s.b>: can't evaluate field b in type interface {}")]
    [InlineData("{{ .Values.m.a \"x\" }}", "{\"m\":{\"a\":1}}", "template: gotpl:1:10: executing \"gotpl\" at <.Values.m.a>: a is not a method but has arguments")]
    [InlineData("{{ .Values.f 1 }}", "{\"f\":1}", "template: gotpl:1:10: executing \"gotpl\" at <.Values.f>: f is not a method but has arguments")]
    [InlineData("{{ 1 2 }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <1>: can't give argument to non-function 1")]
    [InlineData("{{ nil }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <nil>: nil is not a command")]
    [InlineData("{{ printf }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <printf>: wrong number of args for printf: want at least 1 got 0")]
    [InlineData("{{ printf 1 }}", "{}", "template: gotpl:1:10: executing \"gotpl\" at <1>: expected string; found 1")]
    [InlineData("{{ not 1 2 }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <not>: wrong number of args for not: want 1 got 2")]
    [InlineData("{{ range \"abc\" }}x{{ end }}", "{}", "template: gotpl:1:9: executing \"gotpl\" at <\"abc\">: range can't iterate over abc")]
    [InlineData("{{ range 3.5 }}x{{ end }}", "{}", "template: gotpl:1:9: executing \"gotpl\" at <3.5>: range can't iterate over 3.5")]
    [InlineData("{{ range true }}x{{ end }}", "{}", "template: gotpl:1:9: executing \"gotpl\" at <true>: range can't iterate over true")]
    [InlineData("{{ template \"nope\" }}", "{}", "template: gotpl:1:12: executing \"gotpl\" at <{{template \"nope\"}}>: template \"nope\" not defined")]
    [InlineData("{{ 9223372036854775808 }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <9223372036854775808>: 9223372036854775808 overflows int")]
    [InlineData("{{ (1) 2 }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <(1) 2>: can't give argument to non-function 1")]
    [InlineData("{{ range $i, $v := .Values.l }}{{ $i }}{{ end }}{{ range $i, $v = .Values.l }}{{ end }}", "{\"l\":[\"a\"]}", "template: gotpl:1:73: executing \"gotpl\" at <.Values.l>: undefined variable: $i")]
    [InlineData("{{ call .Values.f }}", "{\"f\":1}", "template: gotpl:1:3: executing \"gotpl\" at <call .Values.f>: error calling call: non-function .Values.f of type float64")]
    [InlineData("{{ call .Values.missing }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <call .Values.missing>: error calling call: call of nil")]
    [InlineData("{{ .Values.l.a }}", "{\"l\":[1]}", "template: gotpl:1:10: executing \"gotpl\" at <.Values.l.a>: can't evaluate field a in type interface {}")]
    [InlineData("{{ include \"nope\" . }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <include \"nope\" .>: error calling include: template: no template \"nope\" associated with template \"gotpl\"")]
    [InlineData("{{ upper .Values.missing }}", "{}", "template: gotpl:1:16: executing \"gotpl\" at <.Values.missing>: wrong type for value; expected string; got interface {}")]
    [InlineData("{{ trunc 1.5 \"abc\" }}", "{}", "template: gotpl:1:9: executing \"gotpl\" at <1.5>: expected integer; found 1.5")]
    [InlineData("{{ trunc \"x\" \"abc\" }}", "{}", "template: gotpl:1:9: executing \"gotpl\" at <\"x\">: expected integer; found \"x\"")]
    [InlineData("{{ trunc nil \"abc\" }}", "{}", "template: gotpl:1:9: executing \"gotpl\" at <nil>: cannot assign nil to int")]
    [InlineData("{{ trunc 2 .Values.f }}", "{\"f\":1}", "template: gotpl:1:18: executing \"gotpl\" at <.Values.f>: wrong type for value; expected string; got float64")]
    [InlineData("{{ trunc 2 }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <trunc>: wrong number of args for trunc: want 2 got 1")]
    [InlineData("{{ trunc 2 \"abc\" \"d\" }}", "{}", "template: gotpl:1:3: executing \"gotpl\" at <trunc>: wrong number of args for trunc: want 2 got 3")]
    [InlineData("{{ 3 | trunc 2 }}", "{}", "template: gotpl:1:13: executing \"gotpl\" at <2>: wrong type for value; expected string; got int")]
    public void Execute_FailingSnippet_GivesGoMessage(string template, string valuesJson, string goMessage) =>
        Assert.Equal(goMessage, Assert.Throws<TemplateException>(() => Render(template, valuesJson)).GoMessage);
}
