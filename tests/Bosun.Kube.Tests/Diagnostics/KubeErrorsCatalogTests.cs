using System.Reflection;
using System.Text.RegularExpressions;
using Bosun.Core.Diagnostics;
using Bosun.Kube.Diagnostics;
using Bosun.Testing;

namespace Bosun.Kube.Tests.Diagnostics;

/// <summary>
/// The BOSUN5000–5199 catalog: unique codes in range, and one docs/errors.md section per code quoting the message
/// format with an example and a fix (the same rules as the CLI's catalog test, for this assembly).
/// </summary>
public partial class KubeErrorsCatalogTests
{
    private static List<(string Owner, DiagnosticDescriptor Descriptor)> Descriptors() =>
        [.. typeof(KubeErrors).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (t.FullName + "." + f.Name, (DiagnosticDescriptor)f.GetValue(null)!)))];

    [Fact]
    public void Codes_AreUniqueAndInRange()
    {
        var all = Descriptors();

        Assert.True(all.Count >= 30);
        Assert.Empty(all.GroupBy(d => d.Descriptor.Code).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(all.Where(d => d.Descriptor.Number is < 5000 or > 5199).Select(d => d.Owner));
    }

    [Fact]
    public void ErrorsDoc_HasASectionPerCode_WithFormatExampleAndFix()
    {
        string text = File.ReadAllText(RepoPaths.Combine("docs", "errors.md"));
        var headings = SectionHeading().Matches(text);
        var sections = new Dictionary<string, string>();
        for (int i = 0; i < headings.Count; i++)
        {
            int end = i + 1 < headings.Count ? headings[i + 1].Index : text.Length;
            sections[headings[i].Groups[1].Value] = text[(headings[i].Index + headings[i].Length)..end];
        }

        var problems = new List<string>();
        foreach (var (_, descriptor) in Descriptors())
        {
            if (!sections.TryGetValue(descriptor.Code, out string? body))
            {
                problems.Add(descriptor.Code + ": no section");
            }
            else if (!body.Contains("`" + descriptor.MessageFormat + "`", StringComparison.Ordinal) || !body.Contains("**Example**", StringComparison.Ordinal) || !body.Contains("**Fix**", StringComparison.Ordinal))
            {
                problems.Add(descriptor.Code + ": must quote the format and give an example and a fix");
            }
        }

        var kubeSections = sections.Keys.Where(k => string.CompareOrdinal(k, "BOSUN5000") >= 0 && string.CompareOrdinal(k, "BOSUN5199") <= 0);
        problems.AddRange(kubeSections.Where(k => Descriptors().All(d => d.Descriptor.Code != k)).Select(k => k + ": section for an unknown code"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex(@"^## (BOSUN\d{4})\b.*$", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();
}
