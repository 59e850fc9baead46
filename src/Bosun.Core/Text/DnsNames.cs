namespace Bosun.Core.Text;

/// <summary>Kubernetes' DNS name syntaxes, checked by hand (no regular expression to build on a cold start).</summary>
public static class DnsNames
{
    /// <summary>
    /// <c>^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$</c> (the DNS-1123 subdomain pattern,
    /// length not checked): dot-separated labels of lower-case letters, digits and inner dashes.
    /// </summary>
    public static bool IsDns1123SubdomainSyntax(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return false;
        }

        foreach (var range in name.Split('.'))
        {
            if (!IsDns1123LabelSyntax(name[range]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>^[a-z0-9]([-a-z0-9]*[a-z0-9])?$</c> (the DNS-1123 label pattern, length not checked).</summary>
    public static bool IsDns1123LabelSyntax(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || label[0] == '-' || label[^1] == '-')
        {
            return false;
        }

        foreach (char c in label)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
