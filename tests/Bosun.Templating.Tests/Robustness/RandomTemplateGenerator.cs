using System.Text;

namespace Bosun.Templating.Tests.Robustness;

/// <summary>
/// Random templates from a loose grammar of text/template: text, actions, pipelines of safe functions,
/// variables, fields, literals, control structures and definitions, nested to a small depth, with a
/// chance of leaving structures unclosed or tokens misplaced.
/// </summary>
internal sealed class RandomTemplateGenerator
{
    private static readonly string[] s_functions =
    [
        "quote", "squote", "upper", "lower", "title", "trim", "toString", "toYaml", "toJson", "b64enc", "sha256sum",
        "default \"d\"", "nindent 2", "indent 2", "trunc 5", "trimSuffix \"-\"", "replace \"a\" \"b\"", "len", "first",
        "last", "keys", "sortAlpha", "empty", "not", "int", "float64", "add 1", "mul 2", "toStrings", "join \",\"",
        "kindOf", "typeOf", "print", "println", "html", "js", "urlquery", "splitList \",\"", "uniq", "compact",
    ];

    private static readonly string[] s_operands =
    [
        ".", ".Values", ".Values.a", ".Values.a.b", ".Values.list", ".Values.map", ".Release.Name", "$", "$x", "$.Values",
        "\"str\"", "`raw`", "'c'", "1", "-2", "3.5", "1e3", "0x10", "true", "false", "nil",
        "(dict \"k\" 1)", "(list 1 \"two\" 3.0)", "(index .Values.map \"k\")", "(printf \"%s-%d\" \"a\" 1)",
        "(get .Values.map \"k\")", "(hasKey .Values.map \"k\")", "(eq 1 1)", "(lt 1 2)", "(and true .Values.a)",
    ];

    private readonly Random _random;

    public RandomTemplateGenerator(Random random)
    {
        _random = random;
    }

    public string Generate()
    {
        var sb = new StringBuilder();
        Block(sb, depth: 0);
        return sb.ToString();
    }

    private void Block(StringBuilder sb, int depth)
    {
        int items = _random.Next(1, 6);
        for (int i = 0; i < items; i++)
        {
            Item(sb, depth);
        }
    }

    private void Item(StringBuilder sb, int depth)
    {
        int choice = _random.Next(depth >= 3 ? 4 : 10);
        switch (choice)
        {
            case 0:
                sb.Append(Pick(["text ", "\n", "key: ", "  - item\n", "{ }", "}}", "{", "-"]));
                break;
            case 1:
                sb.Append(Open()).Append(' ').Append(Pipeline()).Append(' ').Append(Close());
                break;
            case 2:
                sb.Append(Open()).Append(" $x := ").Append(Pipeline()).Append(' ').Append(Close());
                break;
            case 3:
                sb.Append(Open()).Append("/* comment */").Append(Close());
                break;
            case 4:
            case 5:
            {
                string keyword = Pick(["if", "with", "range", "range $i, $v :="]);
                sb.Append(Open()).Append(' ').Append(keyword).Append(' ').Append(Pipeline()).Append(' ').Append(Close());
                Block(sb, depth + 1);
                if (_random.Next(3) == 0)
                {
                    sb.Append("{{ else }}");
                    Block(sb, depth + 1);
                }

                if (keyword.StartsWith("range", StringComparison.Ordinal) && _random.Next(4) == 0)
                {
                    sb.Append(Pick(["{{ break }}", "{{ continue }}"]));
                }

                if (_random.Next(12) != 0)
                {
                    sb.Append(Open()).Append(" end ").Append(Close());
                }

                break;
            }

            case 6:
            {
                string name = Pick(["\"a\"", "\"b\"", "\"lib.x\""]);
                sb.Append("{{ define ").Append(name).Append(" }}");
                Block(sb, depth + 1);
                sb.Append("{{ end }}");
                break;
            }

            case 7:
                sb.Append(Pick(["{{ template \"a\" . }}", "{{ include \"b\" . }}", "{{ include \"lib.x\" $ | nindent 2 }}", "{{ block \"c\" . }}x{{ end }}", "{{ template \"missing\" }}"]));
                break;
            case 8:
                // tpl that includes a template which runs tpl again recurses 1000 deep and costs seconds;
                // DeepNestingTests covers that, so random cases keep tpl shallow.
                sb.Append("{{ tpl ").Append(Pick(["\"{{ .Values.a }}\"", "\"{{ template \\\"missing\\\" }}\"", "\"{{\"", ".Values.tpl"])).Append(" . }}");
                break;
            default:
                sb.Append(Pick(["{{", "}}", "{{ end }}", "{{ else }}", "{{ ( }}", "{{ | }}", "{{ .Values. }}", "{{ $undefined }}", "{{ 1 2 }}"]));
                break;
        }
    }

    private string Pipeline()
    {
        var sb = new StringBuilder(Pick(s_operands));
        int stages = _random.Next(0, 4);
        for (int i = 0; i < stages; i++)
        {
            sb.Append(" | ").Append(Pick(s_functions));
        }

        return sb.ToString();
    }

    private string Open() => _random.Next(4) == 0 ? "{{-" : "{{";

    private string Close() => _random.Next(4) == 0 ? "-}}" : "}}";

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
