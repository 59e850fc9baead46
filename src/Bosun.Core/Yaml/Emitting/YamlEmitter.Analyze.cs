using Bosun.Core.Yaml.Syntax;

namespace Bosun.Core.Yaml.Emitting;

/// <summary>Event analysis: anchors, tags (shortened with %TAG handles) and the scalar style constraints.</summary>
internal sealed partial class YamlEmitter
{
    private void Analyze(YamlEvent ev)
    {
        _anchor = null;
        _tagHandle = null;
        _tagSuffix = null;
        _scalarValue = [];
        switch (ev.Kind)
        {
            case YamlEventKind.Alias:
                AnalyzeAnchor(ev.Anchor ?? [], alias: true);
                break;
            case YamlEventKind.Scalar:
                if (ev.Anchor is { Length: > 0 })
                {
                    AnalyzeAnchor(ev.Anchor, alias: false);
                }

                if (ev.Tag is { Length: > 0 } && (_canonical || (!ev.Implicit && !ev.QuotedImplicit)))
                {
                    AnalyzeTag(ev.Tag);
                }

                AnalyzeScalar(ev.Value ?? []);
                break;
            case YamlEventKind.SequenceStart:
            case YamlEventKind.MappingStart:
                if (ev.Anchor is { Length: > 0 })
                {
                    AnalyzeAnchor(ev.Anchor, alias: false);
                }

                if (ev.Tag is { Length: > 0 } && (_canonical || !ev.Implicit))
                {
                    AnalyzeTag(ev.Tag);
                }

                break;
        }
    }

    private void AnalyzeAnchor(byte[] anchor, bool alias)
    {
        if (anchor.Length == 0)
        {
            throw Error(alias ? "alias value must not be empty" : "anchor value must not be empty");
        }

        for (int i = 0; i < anchor.Length; i += Math.Max(1, YamlScanner.Width(anchor[i])))
        {
            if (!IsAlpha(anchor, i))
            {
                throw Error(alias ? "alias value must contain alphanumerical characters only" : "anchor value must contain alphanumerical characters only");
            }
        }

        _anchor = anchor;
        _anchorIsAlias = alias;
    }

    private void AnalyzeTag(byte[] tag)
    {
        foreach (var directive in _tagDirectives)
        {
            if (tag.AsSpan().StartsWith(directive.Prefix))
            {
                _tagHandle = directive.Handle;
                _tagSuffix = tag[directive.Prefix.Length..];
                return;
            }
        }

        _tagSuffix = tag;
    }

    private void AnalyzeScalar(byte[] value)
    {
        _scalarValue = value;
        if (value.Length == 0)
        {
            _scalarMultiline = false;
            _flowPlainAllowed = false;
            _blockPlainAllowed = true;
            _singleQuotedAllowed = true;
            _blockAllowed = false;
            return;
        }

        bool blockIndicators = false;
        bool flowIndicators = false;
        bool lineBreaks = false;
        bool specialCharacters = false;
        bool tabCharacters = false;
        bool leadingSpace = false;
        bool leadingBreak = false;
        bool trailingSpace = false;
        bool trailingBreak = false;
        bool breakSpace = false;
        bool spaceBreak = false;
        bool previousSpace = false;
        bool previousBreak = false;

        if (value.Length >= 3 && ((value[0] == '-' && value[1] == '-' && value[2] == '-') || (value[0] == '.' && value[1] == '.' && value[2] == '.')))
        {
            blockIndicators = true;
            flowIndicators = true;
        }

        bool precededByWhitespace = true;
        for (int i = 0, w; i < value.Length; i += w)
        {
            w = Math.Max(1, YamlScanner.Width(value[i]));
            bool followedByWhitespace = i + w >= value.Length || IsBlank(value, i + w);
            byte c = value[i];
            if (i == 0)
            {
                switch (c)
                {
                    case (byte)'#':
                    case (byte)',':
                    case (byte)'[':
                    case (byte)']':
                    case (byte)'{':
                    case (byte)'}':
                    case (byte)'&':
                    case (byte)'*':
                    case (byte)'!':
                    case (byte)'|':
                    case (byte)'>':
                    case (byte)'\'':
                    case (byte)'"':
                    case (byte)'%':
                    case (byte)'@':
                    case (byte)'`':
                        flowIndicators = true;
                        blockIndicators = true;
                        break;
                    case (byte)'?':
                    case (byte)':':
                        flowIndicators = true;
                        if (followedByWhitespace)
                        {
                            blockIndicators = true;
                        }

                        break;
                    case (byte)'-':
                        if (followedByWhitespace)
                        {
                            flowIndicators = true;
                            blockIndicators = true;
                        }

                        break;
                }
            }
            else
            {
                switch (c)
                {
                    case (byte)',':
                    case (byte)'?':
                    case (byte)'[':
                    case (byte)']':
                    case (byte)'{':
                    case (byte)'}':
                        flowIndicators = true;
                        break;
                    case (byte)':':
                        flowIndicators = true;
                        if (followedByWhitespace)
                        {
                            blockIndicators = true;
                        }

                        break;
                    case (byte)'#':
                        if (precededByWhitespace)
                        {
                            flowIndicators = true;
                            blockIndicators = true;
                        }

                        break;
                }
            }

            if (V3 && c == '\t')
            {
                tabCharacters = true;
            }
            else if (!IsPrintable(value, i) || (!IsAscii(value, i) && !_unicode))
            {
                specialCharacters = true;
            }

            if (IsSpace(value, i))
            {
                if (i == 0)
                {
                    leadingSpace = true;
                }

                if (i + w == value.Length)
                {
                    trailingSpace = true;
                }

                if (previousBreak)
                {
                    breakSpace = true;
                }

                previousSpace = true;
                previousBreak = false;
            }
            else if (IsBreak(value, i))
            {
                lineBreaks = true;
                if (i == 0)
                {
                    leadingBreak = true;
                }

                if (i + w == value.Length)
                {
                    trailingBreak = true;
                }

                if (previousSpace)
                {
                    spaceBreak = true;
                }

                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = false;
                previousBreak = false;
            }

            precededByWhitespace = IsBlankz(value, i);
        }

        _scalarMultiline = lineBreaks;
        _flowPlainAllowed = true;
        _blockPlainAllowed = true;
        _singleQuotedAllowed = true;
        _blockAllowed = true;

        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        {
            _flowPlainAllowed = false;
            _blockPlainAllowed = false;
        }

        if (trailingSpace)
        {
            _blockAllowed = false;
        }

        if (breakSpace)
        {
            _flowPlainAllowed = false;
            _blockPlainAllowed = false;
            _singleQuotedAllowed = false;
        }

        if (spaceBreak || tabCharacters || specialCharacters)
        {
            _flowPlainAllowed = false;
            _blockPlainAllowed = false;
            _singleQuotedAllowed = false;
        }

        if (spaceBreak || specialCharacters)
        {
            _blockAllowed = false;
        }

        if (lineBreaks)
        {
            _flowPlainAllowed = false;
            _blockPlainAllowed = false;
        }

        if (flowIndicators)
        {
            _flowPlainAllowed = false;
        }

        if (blockIndicators)
        {
            _blockPlainAllowed = false;
        }
    }

    // ---- character classes over a byte string (0 past the end, like libyaml's NUL-terminated strings) ----

    private static byte At(byte[] s, int i) => i < s.Length ? s[i] : (byte)0;

    private static bool IsAlpha(byte[] s, int i)
    {
        byte b = At(s, i);
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '_' || b == '-';
    }

    private static bool IsAscii(byte[] s, int i) => At(s, i) <= 0x7F;

    private static bool IsSpace(byte[] s, int i) => At(s, i) == ' ';

    private static bool IsBlank(byte[] s, int i) => At(s, i) is (byte)' ' or (byte)'\t';

    private static bool IsBreak(byte[] s, int i)
    {
        byte b = At(s, i);
        return b == '\r' || b == '\n'
            || (b == 0xC2 && At(s, i + 1) == 0x85)
            || (b == 0xE2 && At(s, i + 1) == 0x80 && (At(s, i + 2) == 0xA8 || At(s, i + 2) == 0xA9));
    }

    private static bool IsBlankz(byte[] s, int i) => IsBlank(s, i) || IsBreak(s, i) || At(s, i) == 0;

    // go-yaml's is_bom looks at the start of the string, not at the index (kept).
    private static bool IsBomQuirk(byte[] s) => At(s, 0) == 0xEF && At(s, 1) == 0xBB && At(s, 2) == 0xBF;

    private static bool IsPrintable(byte[] s, int i)
    {
        byte b = At(s, i);
        byte b1 = At(s, i + 1);
        byte b2 = At(s, i + 2);
        return b == 0x0A
            || (b >= 0x20 && b <= 0x7E)
            || (b == 0xC2 && b1 >= 0xA0)
            || (b > 0xC2 && b < 0xED)
            || (b == 0xED && b1 < 0xA0)
            || b == 0xEE
            || (b == 0xEF && !(b1 == 0xBB && b2 == 0xBF) && !(b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)));
    }
}
