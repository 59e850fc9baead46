using System.Reflection;
using System.Text.RegularExpressions;
using Bosun.Core.Diagnostics;
using Bosun.Engine.Charts;
using Bosun.Templating;
using Bosun.Testing;

namespace Bosun.Cli.Tests.Diagnostics;

/// <summary>
/// Every static <see cref="DiagnosticDescriptor"/> in the product assemblies: codes are unique, each lies in
/// its subsystem's range, and docs/errors.md has exactly one section per code (no more, no fewer), each
/// quoting the message format and giving an example and a fix.
/// </summary>
public partial class DiagnosticCatalogTests
{
    /// <summary>Namespace prefix → allowed code range. Longest prefix wins. Add a line when a subsystem gets a catalog.</summary>
    private static readonly (string Namespace, int Low, int High)[] s_ranges =
    [
        ("Bosun.Core.Yaml", 100, 199),
        ("Bosun.Core", 0, 999),
        ("Bosun.Cli", 0, 999),
        ("Bosun.Templating", 2000, 2999),
        ("Bosun.Engine.Config", 1000, 1999),
        ("Bosun.Engine.Charts", 3000, 3999),
        ("Bosun.Engine.Sources", 3000, 3999),
        ("Bosun.Engine.Secrets", 4000, 4999),
        ("Bosun.Secrets", 4000, 4999),
        ("Bosun.Kube", 5000, 5199),
        ("Bosun.Kube.Emulator", 5200, 5299),
    ];

    private static readonly Assembly[] s_productAssemblies =
    [
        typeof(CoreErrors).Assembly,
        typeof(TemplateSet).Assembly,
        typeof(ChartLoader).Assembly,
        typeof(Program).Assembly,
        typeof(Bosun.Secrets.Diagnostics.SecretsErrors).Assembly,
        typeof(Bosun.Kube.Diagnostics.KubeErrors).Assembly,
        typeof(Bosun.Kube.Emulator.Diagnostics.EmulatorErrors).Assembly,
    ];

    private static readonly string s_errorsDoc = RepoPaths.Combine("docs", "errors.md");

    public static IReadOnlyList<(string Owner, DiagnosticDescriptor Descriptor)> AllDescriptors() =>
        [.. s_productAssemblies
            .SelectMany(LoadableTypes)
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (Owner: type.FullName + "." + f.Name, Descriptor: f.GetValue(null) as DiagnosticDescriptor)))
            .Where(p => p.Descriptor is not null)
            .Select(p => (p.Owner, p.Descriptor!))];

    [Fact]
    public void Descriptors_Exist()
    {
        Assert.Contains(AllDescriptors(), d => d.Descriptor.Code == "BOSUN0001");
        Assert.Contains(AllDescriptors(), d => d.Descriptor.Code == "BOSUN3001");
    }

    [Fact]
    public void Codes_AreUnique()
    {
        var duplicates = AllDescriptors()
            .GroupBy(d => d.Descriptor.Code)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key + ": " + string.Join(", ", g.Select(d => d.Owner)))
            .ToList();

        Assert.True(duplicates.Count == 0, "duplicate codes:\n" + string.Join("\n", duplicates));
    }

    [Fact]
    public void Codes_LieInTheirSubsystemRange()
    {
        var wrong = new List<string>();
        foreach (var (owner, descriptor) in AllDescriptors())
        {
            var range = s_ranges.Where(r => owner.StartsWith(r.Namespace + ".", StringComparison.Ordinal))
                .OrderByDescending(r => r.Namespace.Length)
                .Select(r => ((int Low, int High)?)(r.Low, r.High))
                .FirstOrDefault();
            if (range is not { } r)
            {
                wrong.Add($"{owner} ({descriptor.Code}): no code range for its namespace; add one to s_ranges");
            }
            else if (descriptor.Number < r.Low || descriptor.Number > r.High
                || (owner.StartsWith("Bosun.Core.", StringComparison.Ordinal) && !owner.StartsWith("Bosun.Core.Yaml.", StringComparison.Ordinal)
                    && descriptor.Number is >= 100 and <= 199))
            {
                wrong.Add($"{owner} ({descriptor.Code}): outside BOSUN{r.Low:D4}-BOSUN{r.High:D4}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void ErrorsDoc_HasExactlyOneSectionPerCode()
    {
        var sections = Sections();
        var codes = AllDescriptors().Select(d => d.Descriptor.Code).ToHashSet(StringComparer.Ordinal);

        var missing = codes.Where(c => !sections.ContainsKey(c)).Order(StringComparer.Ordinal).ToList();
        var stale = sections.Keys.Where(c => !codes.Contains(c)).Order(StringComparer.Ordinal).ToList();

        Assert.True(
            missing.Count == 0 && stale.Count == 0,
            $"docs/errors.md is out of date.\nmissing sections: {string.Join(", ", missing)}\nsections for unknown codes: {string.Join(", ", stale)}");
    }

    [Fact]
    public void ErrorsDoc_SectionsQuoteMessageAndGiveExampleAndFix()
    {
        var sections = Sections();
        var problems = new List<string>();
        foreach (var (_, descriptor) in AllDescriptors())
        {
            if (!sections.TryGetValue(descriptor.Code, out string? body))
            {
                continue;
            }

            if (!body.Contains("`" + descriptor.MessageFormat + "`", StringComparison.Ordinal))
            {
                problems.Add($"{descriptor.Code}: does not quote the message format `{descriptor.MessageFormat}`");
            }

            if (!body.Contains("**Example**", StringComparison.Ordinal) || !body.Contains("**Fix**", StringComparison.Ordinal))
            {
                problems.Add($"{descriptor.Code}: needs an **Example** and a **Fix**");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static Dictionary<string, string> Sections()
    {
        string text = File.ReadAllText(s_errorsDoc);
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var matches = SectionHeading().Matches(text);
        for (int i = 0; i < matches.Count; i++)
        {
            int start = matches[i].Index + matches[i].Length;
            int end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            string code = matches[i].Groups[1].Value;
            Assert.False(sections.ContainsKey(code), "docs/errors.md has two sections for " + code);
            sections[code] = text[start..end];
        }

        return sections;
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }

    [GeneratedRegex(@"^## (BOSUN\d{4})\b.*$", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();
}
