using System.Text;

namespace Bosun.Templating.Tests.Robustness;

/// <summary>Seeded mutations of template text: delete, insert, duplicate and swap characters and tokens.</summary>
internal sealed class TemplateMutator
{
    /// <summary>Fragments worth inserting: delimiters, keywords, operators, safe function names.</summary>
    private static readonly string[] s_tokens =
    [
        "{{", "}}", "{{-", "-}}", "(", ")", "|", "$", ".", "$x", ":=", "=", ",", "\"", "`", "'", "/*", "*/",
        " if ", " else ", " end ", " range ", " with ", " define \"d\" ", " template \"d\" ", " block \"b\" . ",
        " break ", " continue ", " include \"d\" . ", " tpl ", " nil ", " true ", " 1.5 ", " -1 ", " 0x1F ",
        " .Values ", " .Values.a.b ", " toYaml ", " nindent 2 ", " quote ", " default ", " dict \"k\" ",
        " list 1 2 ", " index . \"k\" ", " len ", " printf \"%v\" ", " fail \"x\" ", " required \"r\" ", "\n", " ",
    ];

    private readonly Random _random;

    public TemplateMutator(Random random)
    {
        _random = random;
    }

    /// <summary>Applies one to three mutations to <paramref name="text"/>.</summary>
    public string Mutate(string text)
    {
        var sb = new StringBuilder(text);
        int count = _random.Next(1, 4);
        for (int i = 0; i < count; i++)
        {
            MutateOnce(sb);
        }

        return sb.ToString();
    }

    private void MutateOnce(StringBuilder sb)
    {
        int position = sb.Length == 0 ? 0 : _random.Next(sb.Length + 1);
        switch (_random.Next(7))
        {
            case 0 when sb.Length > 0:
                sb.Remove(Math.Min(position, sb.Length - 1), 1);
                break;
            case 1:
                sb.Insert(position, s_tokens[_random.Next(s_tokens.Length)]);
                break;
            case 2 when sb.Length > 0:
            {
                int start = Math.Min(position, sb.Length - 1);
                int length = Math.Min(_random.Next(1, 12), sb.Length - start);
                sb.Insert(start, sb.ToString(start, length));
                break;
            }

            case 3 when sb.Length > 1:
            {
                int a = _random.Next(sb.Length);
                int b = _random.Next(sb.Length);
                (sb[a], sb[b]) = (sb[b], sb[a]);
                break;
            }

            case 4:
                DeleteToken(sb, position);
                break;
            case 5 when sb.Length > 0:
            {
                int start = Math.Min(position, sb.Length - 1);
                int length = Math.Min(_random.Next(1, 40), sb.Length - start);
                sb.Remove(start, length);
                break;
            }

            default:
                sb.Insert(position, (char)_random.Next(32, 127));
                break;
        }
    }

    private void DeleteToken(StringBuilder sb, int position)
    {
        string text = sb.ToString();
        foreach (string token in s_tokens.OrderBy(_ => _random.Next()))
        {
            int at = text.IndexOf(token, Math.Min(position, text.Length), StringComparison.Ordinal);
            if (at < 0)
            {
                at = text.IndexOf(token, StringComparison.Ordinal);
            }

            if (at >= 0)
            {
                sb.Remove(at, token.Length);
                return;
            }
        }
    }
}
