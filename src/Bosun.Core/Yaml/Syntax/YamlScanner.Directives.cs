namespace Bosun.Core.Yaml.Syntax;

/// <summary>Directives, anchors/aliases and tags.</summary>
internal sealed partial class YamlScanner
{
    private YamlToken ScanDirective()
    {
        var start = Mark;
        SkipChar();
        byte[] name = ScanDirectiveName(start);
        YamlToken token;
        if (name.AsSpan().SequenceEqual("YAML"u8))
        {
            ScanVersionDirectiveValue(start, out int major, out int minor);
            token = new YamlToken { Kind = YamlTokenKind.VersionDirective, Start = start, End = Mark, Major = major, Minor = minor };
        }
        else if (name.AsSpan().SequenceEqual("TAG"u8))
        {
            ScanTagDirectiveValue(start, out byte[] handle, out byte[] prefix);
            token = new YamlToken { Kind = YamlTokenKind.TagDirective, Start = start, End = Mark, Value = handle, Suffix = prefix };
        }
        else
        {
            throw ScannerError("while scanning a directive", start, "found unknown directive name");
        }

        Cache(1);
        while (IsBlankAt())
        {
            SkipChar();
            Cache(1);
        }

        if (B() == '#')
        {
            while (!IsBreakzAt())
            {
                SkipChar();
                Cache(1);
            }
        }

        if (!IsBreakzAt())
        {
            throw ScannerError("while scanning a directive", start, "did not find expected comment or line break");
        }

        if (IsBreakAt())
        {
            Cache(2);
            SkipLine();
        }

        return token;
    }

    private byte[] ScanDirectiveName(YamlMark start)
    {
        Cache(1);
        var s = new ByteBuilder();
        while (IsAlphaAt())
        {
            ReadChar(s);
            Cache(1);
        }

        if (s.Length == 0)
        {
            throw ScannerError("while scanning a directive", start, "could not find expected directive name");
        }

        if (!IsBlankzAt())
        {
            throw ScannerError("while scanning a directive", start, "found unexpected non-alphabetical character");
        }

        return s.ToArray();
    }

    private void ScanVersionDirectiveValue(YamlMark start, out int major, out int minor)
    {
        Cache(1);
        while (IsBlankAt())
        {
            SkipChar();
            Cache(1);
        }

        major = ScanVersionDirectiveNumber(start);
        if (B() != '.')
        {
            throw ScannerError("while scanning a %YAML directive", start, "did not find expected digit or '.' character");
        }

        SkipChar();
        minor = ScanVersionDirectiveNumber(start);
    }

    private int ScanVersionDirectiveNumber(YamlMark start)
    {
        Cache(1);
        int value = 0;
        int length = 0;
        while (IsDigitAt())
        {
            length++;
            if (length > 2)
            {
                throw ScannerError("while scanning a %YAML directive", start, "found extremely long version number");
            }

            value = (value * 10) + (B() - '0');
            SkipChar();
            Cache(1);
        }

        if (length == 0)
        {
            throw ScannerError("while scanning a %YAML directive", start, "did not find expected version number");
        }

        return value;
    }

    private void ScanTagDirectiveValue(YamlMark start, out byte[] handle, out byte[] prefix)
    {
        Cache(1);
        while (IsBlankAt())
        {
            SkipChar();
            Cache(1);
        }

        handle = ScanTagHandle(directive: true, start);
        Cache(1);
        if (!IsBlankAt())
        {
            throw ScannerError("while scanning a %TAG directive", start, "did not find expected whitespace");
        }

        while (IsBlankAt())
        {
            SkipChar();
            Cache(1);
        }

        prefix = ScanTagUri(directive: true, head: null, start);
        Cache(1);
        if (!IsBlankzAt())
        {
            throw ScannerError("while scanning a %TAG directive", start, "did not find expected whitespace or line break");
        }
    }

    private YamlToken ScanAnchor(YamlTokenKind kind)
    {
        var s = new ByteBuilder();
        var start = Mark;
        SkipChar();
        Cache(1);
        while (IsAlphaAt())
        {
            ReadChar(s);
            Cache(1);
        }

        var end = Mark;
        byte c = B();
        if (s.Length == 0 || !(IsBlankzAt() || c is (byte)'?' or (byte)':' or (byte)',' or (byte)']' or (byte)'}'
                or (byte)'%' or (byte)'@' or (byte)'`'))
        {
            string context = kind == YamlTokenKind.Anchor ? "while scanning an anchor" : "while scanning an alias";
            throw ScannerError(context, start, "did not find expected alphabetic or numeric character");
        }

        return new YamlToken { Kind = kind, Start = start, End = end, Value = s.ToArray() };
    }

    private YamlToken ScanTag()
    {
        byte[] handle;
        byte[] suffix;
        var start = Mark;
        Cache(2);
        if (B(1) == '<')
        {
            handle = [];
            SkipChar();
            SkipChar();
            suffix = ScanTagUri(directive: false, head: null, start);
            if (B() != '>')
            {
                throw ScannerError("while scanning a tag", start, "did not find the expected '>'");
            }

            SkipChar();
        }
        else
        {
            handle = ScanTagHandle(directive: false, start);
            if (handle[0] == '!' && handle.Length > 1 && handle[^1] == '!')
            {
                suffix = ScanTagUri(directive: false, head: null, start);
            }
            else
            {
                suffix = ScanTagUri(directive: false, head: handle, start);
                handle = [(byte)'!'];
                if (suffix.Length == 0)
                {
                    (handle, suffix) = (suffix, handle);
                }
            }
        }

        Cache(1);
        if (!IsBlankzAt())
        {
            throw ScannerError("while scanning a tag", start, "did not find expected whitespace or line break");
        }

        return new YamlToken { Kind = YamlTokenKind.Tag, Start = start, End = Mark, Value = handle, Suffix = suffix };
    }

    private YamlSyntaxException TagError(bool directive, YamlMark start, string problem) =>
        ScannerError(directive ? "while parsing a %TAG directive" : "while parsing a tag", start, problem);

    private byte[] ScanTagHandle(bool directive, YamlMark start)
    {
        Cache(1);
        if (B() != '!')
        {
            throw TagError(directive, start, "did not find expected '!'");
        }

        var s = new ByteBuilder();
        ReadChar(s);
        Cache(1);
        while (IsAlphaAt())
        {
            ReadChar(s);
            Cache(1);
        }

        if (B() == '!')
        {
            ReadChar(s);
        }
        else if (directive && !(s.Length == 1 && s[0] == '!'))
        {
            throw TagError(directive, start, "did not find expected '!'");
        }

        return s.ToArray();
    }

    private byte[] ScanTagUri(bool directive, byte[]? head, YamlMark start)
    {
        var s = new ByteBuilder();
        bool hasTag = head is { Length: > 0 };
        if (head is { Length: > 1 })
        {
            s.Append(head.AsSpan(1));
        }

        Cache(1);
        while (IsAlphaAt() || B() is (byte)';' or (byte)'/' or (byte)'?' or (byte)':' or (byte)'@' or (byte)'&'
            or (byte)'=' or (byte)'+' or (byte)'$' or (byte)',' or (byte)'.' or (byte)'!' or (byte)'~' or (byte)'*'
            or (byte)'\'' or (byte)'(' or (byte)')' or (byte)'[' or (byte)']' or (byte)'%')
        {
            if (B() == '%')
            {
                ScanUriEscapes(directive, start, s);
            }
            else
            {
                ReadChar(s);
            }

            Cache(1);
            hasTag = true;
        }

        if (!hasTag)
        {
            throw TagError(directive, start, "did not find expected tag URI");
        }

        return s.ToArray();
    }

    private void ScanUriEscapes(bool directive, YamlMark start, ByteBuilder s)
    {
        int w = 1024;
        while (w > 0)
        {
            Cache(3);
            if (!(B() == '%' && IsHexAt(1) && IsHexAt(2)))
            {
                throw TagError(directive, start, "did not find URI escaped octet");
            }

            byte octet = (byte)((AsHexAt(1) << 4) + AsHexAt(2));
            if (w == 1024)
            {
                w = Width(octet);
                if (w == 0)
                {
                    throw TagError(directive, start, "found an incorrect leading UTF-8 octet");
                }
            }
            else if ((octet & 0xC0) != 0x80)
            {
                throw TagError(directive, start, "found an incorrect trailing UTF-8 octet");
            }

            s.Append(octet);
            SkipChar();
            SkipChar();
            SkipChar();
            w--;
        }
    }
}
