using System.Text;

namespace Bosun.Core.Values;

/// <summary>encoding/json's Indent over compact JSON (what MarshalIndent does after Marshal).</summary>
internal static class GoJsonIndent
{
    public static string Indent(string compact, string prefix, string indent)
    {
        var sb = new StringBuilder(compact.Length * 2);
        int depth = 0;
        bool needIndent = false;
        bool inString = false;
        bool escaped = false;
        for (int i = 0; i < compact.Length; i++)
        {
            char c = compact[i];
            if (inString)
            {
                sb.Append(c);
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (needIndent && c != ']' && c != '}')
            {
                needIndent = false;
                depth++;
                NewLine(sb, prefix, indent, depth);
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    sb.Append(c);
                    break;
                case '{':
                case '[':
                    needIndent = true;
                    sb.Append(c);
                    break;
                case ',':
                    sb.Append(c);
                    NewLine(sb, prefix, indent, depth);
                    break;
                case ':':
                    sb.Append(c).Append(' ');
                    break;
                case '}':
                case ']':
                    if (needIndent)
                    {
                        // Empty object or array: keep it compact.
                        needIndent = false;
                    }
                    else
                    {
                        depth--;
                        NewLine(sb, prefix, indent, depth);
                    }

                    sb.Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static void NewLine(StringBuilder sb, string prefix, string indent, int depth)
    {
        sb.Append('\n').Append(prefix);
        for (int i = 0; i < depth; i++)
        {
            sb.Append(indent);
        }
    }
}
