using System.Globalization;
using System.Text;

namespace Bosun.Core.Text.Re2;

/// <summary>
/// Character data for the RE2 translator: Go's Perl and POSIX classes (ASCII-only), Unicode categories
/// (from .NET's character database), scripts (<see cref="Re2UnicodeScripts"/>), Go 1.25's name lookup
/// (<c>\p{Letter}</c>, <c>\p{greek}</c>) and simple case-folding orbits.
/// </summary>
internal static class Re2Unicode
{
    public const int MinFold = 0x0041;
    public const int MaxFold = 0x1E943;

    private static readonly Dictionary<string, int[]> s_perlGroups = new(StringComparer.Ordinal)
    {
        ["d"] = ['0', '9'],
        ["s"] = ['\t', '\n', '\f', '\r', ' ', ' '],
        ["w"] = ['0', '9', 'A', 'Z', '_', '_', 'a', 'z'],
    };

    private static readonly Dictionary<string, int[]> s_posixGroups = new(StringComparer.Ordinal)
    {
        ["alnum"] = ['0', '9', 'A', 'Z', 'a', 'z'],
        ["alpha"] = ['A', 'Z', 'a', 'z'],
        ["ascii"] = [0, 0x7f],
        ["blank"] = ['\t', '\t', ' ', ' '],
        ["cntrl"] = [0, 0x1f, 0x7f, 0x7f],
        ["digit"] = ['0', '9'],
        ["graph"] = ['!', '~'],
        ["lower"] = ['a', 'z'],
        ["print"] = [' ', '~'],
        ["punct"] = ['!', '/', ':', '@', '[', '`', '{', '~'],
        ["space"] = ['\t', '\r', ' ', ' '],
        ["upper"] = ['A', 'Z'],
        ["word"] = ['0', '9', 'A', 'Z', '_', '_', 'a', 'z'],
        ["xdigit"] = ['0', '9', 'A', 'F', 'a', 'f'],
    };

    private static readonly int[][] s_extraOrbits =
    [
        [0x4B, 0x6B, 0x212A], [0x53, 0x73, 0x17F], [0xB5, 0x39C, 0x3BC], [0xC5, 0xE5, 0x212B], [0xDF, 0x1E9E],
        [0x1C4, 0x1C5, 0x1C6], [0x1C7, 0x1C8, 0x1C9], [0x1CA, 0x1CB, 0x1CC], [0x1F1, 0x1F2, 0x1F3],
        [0x345, 0x399, 0x3B9, 0x1FBE], [0x392, 0x3B2, 0x3D0], [0x395, 0x3B5, 0x3F5], [0x398, 0x3B8, 0x3D1, 0x3F4],
        [0x39A, 0x3BA, 0x3F0], [0x3A0, 0x3C0, 0x3D6], [0x3A1, 0x3C1, 0x3F1], [0x3A3, 0x3C2, 0x3C3],
        [0x3A6, 0x3C6, 0x3D5], [0x3A9, 0x3C9, 0x2126], [0x412, 0x432, 0x1C80], [0x414, 0x434, 0x1C81],
        [0x41E, 0x43E, 0x1C82], [0x421, 0x441, 0x1C83], [0x422, 0x442, 0x1C84, 0x1C85], [0x42A, 0x44A, 0x1C86],
        [0x462, 0x463, 0x1C87], [0x1E60, 0x1E61, 0x1E9B], [0xA64A, 0xA64B, 0x1C88],
    ];

    private static readonly Dictionary<string, string> s_categoryAliases = CreateCategoryAliases();
    private static readonly Lazy<Dictionary<string, int[]>> s_categories = new(CreateCategories);
    private static readonly Lazy<Dictionary<int, int[]>> s_orbits = new(CreateOrbits);

    /// <summary>A Perl class escape letter (d, D, s, S, w, W): its class and sign (-1 for the upper-case negations).</summary>
    public static bool TryPerlGroup(char letter, out int[] ranges, out int sign)
    {
        sign = char.IsAsciiLetterUpper(letter) ? -1 : 1;
        return s_perlGroups.TryGetValue(char.ToLowerInvariant(letter).ToString(), out ranges!);
    }

    /// <summary>A POSIX class name between <c>[:</c> and <c>:]</c>, optionally negated with <c>^</c>.</summary>
    public static bool TryPosixGroup(string name, out int[] ranges, out int sign)
    {
        sign = 1;
        if (name.StartsWith('^'))
        {
            sign = -1;
            name = name[1..];
        }

        return s_posixGroups.TryGetValue(name, out ranges!);
    }

    /// <summary>Go's unicodeTable: the class named in \p{...} and its sign, or false for an unknown name.</summary>
    public static bool TryUnicodeTable(string name, out int[] ranges, out int sign)
    {
        sign = 1;
        name = CanonicalName(name);
        switch (name)
        {
            case "Any":
                ranges = [0, Re2RuneClass.MaxRune];
                return true;
            case "Assigned":
                ranges = s_categories.Value["Cn"];
                sign = -1;
                return true;
            case "Ascii":
                ranges = [0, 0x7f];
                return true;
            case "Lc":
                ranges = s_categories.Value["LC"];
                return true;
        }

        if (name != "LC" && s_categories.Value.TryGetValue(name, out ranges!))
        {
            return true;
        }

        if (Re2UnicodeScripts.Ranges.TryGetValue(name, out ranges!))
        {
            return true;
        }

        if (s_categoryAliases.TryGetValue(name, out var actual))
        {
            ranges = s_categories.Value[actual];
            return true;
        }

        ranges = [];
        return false;
    }

    /// <summary>The other runes in c's simple case-folding orbit, or null when c folds to nothing else.</summary>
    public static int[]? FoldOrbit(int c) => s_orbits.Value.TryGetValue(c, out var orbit) ? orbit : null;

    /// <summary>Go 1.25's canonicalName: separators (_ - space) dropped, first letter upper, the rest lower.</summary>
    public static string CanonicalName(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool first = true;
        foreach (char ch in name)
        {
            char c = ch;
            if (c is '_' or '-' or ' ')
            {
                continue;
            }

            if (first)
            {
                if (c is >= 'a' and <= 'z')
                {
                    c = (char)(c - 'a' + 'A');
                }

                first = false;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                c = (char)(c - 'A' + 'a');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static Dictionary<string, string> CreateCategoryAliases()
    {
        var aliases = new (string Alias, string Category)[]
        {
            ("Other", "C"), ("Control", "Cc"), ("cntrl", "Cc"), ("Format", "Cf"), ("Unassigned", "Cn"),
            ("Private_Use", "Co"), ("Surrogate", "Cs"), ("Letter", "L"), ("Cased_Letter", "LC"),
            ("Lowercase_Letter", "Ll"), ("Modifier_Letter", "Lm"), ("Other_Letter", "Lo"),
            ("Titlecase_Letter", "Lt"), ("Uppercase_Letter", "Lu"), ("Mark", "M"), ("Combining_Mark", "M"),
            ("Spacing_Mark", "Mc"), ("Enclosing_Mark", "Me"), ("Nonspacing_Mark", "Mn"), ("Number", "N"),
            ("Decimal_Number", "Nd"), ("digit", "Nd"), ("Letter_Number", "Nl"), ("Other_Number", "No"),
            ("Punctuation", "P"), ("punct", "P"), ("Connector_Punctuation", "Pc"), ("Dash_Punctuation", "Pd"),
            ("Close_Punctuation", "Pe"), ("Final_Punctuation", "Pf"), ("Initial_Punctuation", "Pi"),
            ("Other_Punctuation", "Po"), ("Open_Punctuation", "Ps"), ("Symbol", "S"), ("Currency_Symbol", "Sc"),
            ("Modifier_Symbol", "Sk"), ("Math_Symbol", "Sm"), ("Other_Symbol", "So"), ("Separator", "Z"),
            ("Line_Separator", "Zl"), ("Paragraph_Separator", "Zp"), ("Space_Separator", "Zs"),
        };
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, category) in aliases)
        {
            map[CanonicalName(alias)] = category;
        }

        return map;
    }

    private static Dictionary<string, int[]> CreateCategories()
    {
        var names = new Dictionary<UnicodeCategory, string>
        {
            [UnicodeCategory.UppercaseLetter] = "Lu",
            [UnicodeCategory.LowercaseLetter] = "Ll",
            [UnicodeCategory.TitlecaseLetter] = "Lt",
            [UnicodeCategory.ModifierLetter] = "Lm",
            [UnicodeCategory.OtherLetter] = "Lo",
            [UnicodeCategory.NonSpacingMark] = "Mn",
            [UnicodeCategory.SpacingCombiningMark] = "Mc",
            [UnicodeCategory.EnclosingMark] = "Me",
            [UnicodeCategory.DecimalDigitNumber] = "Nd",
            [UnicodeCategory.LetterNumber] = "Nl",
            [UnicodeCategory.OtherNumber] = "No",
            [UnicodeCategory.SpaceSeparator] = "Zs",
            [UnicodeCategory.LineSeparator] = "Zl",
            [UnicodeCategory.ParagraphSeparator] = "Zp",
            [UnicodeCategory.Control] = "Cc",
            [UnicodeCategory.Format] = "Cf",
            [UnicodeCategory.Surrogate] = "Cs",
            [UnicodeCategory.PrivateUse] = "Co",
            [UnicodeCategory.ConnectorPunctuation] = "Pc",
            [UnicodeCategory.DashPunctuation] = "Pd",
            [UnicodeCategory.OpenPunctuation] = "Ps",
            [UnicodeCategory.ClosePunctuation] = "Pe",
            [UnicodeCategory.InitialQuotePunctuation] = "Pi",
            [UnicodeCategory.FinalQuotePunctuation] = "Pf",
            [UnicodeCategory.OtherPunctuation] = "Po",
            [UnicodeCategory.MathSymbol] = "Sm",
            [UnicodeCategory.CurrencySymbol] = "Sc",
            [UnicodeCategory.ModifierSymbol] = "Sk",
            [UnicodeCategory.OtherSymbol] = "So",
            [UnicodeCategory.OtherNotAssigned] = "Cn",
        };
        var lists = names.Values.ToDictionary(n => n, _ => new List<int>(), StringComparer.Ordinal);
        int start = 0;
        var current = CharUnicodeInfo.GetUnicodeCategory(0);
        for (int c = 1; c <= Re2RuneClass.MaxRune + 1; c++)
        {
            var category = c <= Re2RuneClass.MaxRune ? CharUnicodeInfo.GetUnicodeCategory(c) : (UnicodeCategory)(-1);
            if (category != current)
            {
                var list = lists[names[current]];
                list.Add(start);
                list.Add(c - 1);
                start = c;
                current = category;
            }
        }

        var result = lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        Union(result, "L", "Lu", "Ll", "Lt", "Lm", "Lo");
        Union(result, "LC", "Lu", "Ll", "Lt");
        Union(result, "M", "Mn", "Mc", "Me");
        Union(result, "N", "Nd", "Nl", "No");
        Union(result, "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po");
        Union(result, "S", "Sm", "Sc", "Sk", "So");
        Union(result, "Z", "Zs", "Zl", "Zp");
        Union(result, "C", "Cc", "Cf", "Co", "Cs");
        return result;
    }

    private static void Union(Dictionary<string, int[]> categories, string name, params string[] parts)
    {
        var r = new List<int>();
        foreach (var part in parts)
        {
            r.AddRange(categories[part]);
        }

        categories[name] = Re2RuneClass.Clean(r);
    }

    // Simple case-folding orbits from the invariant upper/lower mappings (the dotted/dotless Turkish i
    // have no simple folding in Unicode's CaseFolding.txt and stay alone, as in Go).
    private static Dictionary<int, int[]> CreateOrbits()
    {
        var parent = new Dictionary<int, int>();
        int Find(int x)
        {
            while (parent.TryGetValue(x, out int p) && p != x)
            {
                parent[x] = parent.TryGetValue(p, out int gp) ? gp : p;
                x = p;
            }

            return x;
        }

        void Unite(int a, int b)
        {
            if (a == b || a is 0x130 or 0x131 || b is 0x130 or 0x131)
            {
                return;
            }

            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            int ra = Find(a), rb = Find(b);
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        for (int c = MinFold; c <= MaxFold; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var rune = new Rune(c);
            Unite(c, Rune.ToUpperInvariant(rune).Value);
            Unite(c, Rune.ToLowerInvariant(rune).Value);
        }

        // Orbits the invariant casing tables leave out (mappings into ASCII, Greek symbol variants,
        // old Cyrillic forms): Go's caseOrbit.
        foreach (var orbit in s_extraOrbits)
        {
            for (int i = 1; i < orbit.Length; i++)
            {
                Unite(orbit[0], orbit[i]);
            }
        }

        var groups = new Dictionary<int, List<int>>();
        foreach (int c in parent.Keys)
        {
            int root = Find(c);
            if (!groups.TryGetValue(root, out var members))
            {
                members = [];
                groups[root] = members;
            }

            members.Add(c);
        }

        var orbits = new Dictionary<int, int[]>();
        foreach (var members in groups.Values)
        {
            if (members.Count < 2)
            {
                continue;
            }

            members.Sort();
            foreach (int c in members)
            {
                orbits[c] = [.. members.Where(m => m != c)];
            }
        }

        return orbits;
    }
}
