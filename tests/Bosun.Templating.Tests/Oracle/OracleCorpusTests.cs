using System.Text.RegularExpressions;
using Bosun.Templating.Functions;

namespace Bosun.Templating.Tests.Oracle;

/// <summary>Consistency of the case corpus itself: expectations present, function index accurate.</summary>
[Trait("Category", "Oracle")]
public sealed class OracleCorpusTests
{
    private static readonly string[] s_expectationFiles =
        ["expected.txt", "error.txt", "expected.v3.txt", "expected.v4.txt", "error.v3.txt", "error.v4.txt"];

    [Fact]
    public void Corpus_EveryCase_HasExactlyOneExpectationPerHelmVersion()
    {
        var problems = new List<string>();
        foreach (var oracleCase in OracleCorpus.Cases)
        {
            var present = s_expectationFiles.Where(f => File.Exists(Path.Combine(oracleCase.Directory, f))).ToList();
            var shared = present.Where(f => !f.Contains(".v", StringComparison.Ordinal)).ToList();
            foreach (int major in new[] { 3, 4 })
            {
                int count = shared.Count + present.Count(f => f.Contains($".v{major}.", StringComparison.Ordinal));
                int wanted = oracleCase.Options.Helm.Contains(major) ? 1 : 0;
                if (shared.Count > 0 && oracleCase.Options.Helm.Count == 1)
                {
                    problems.Add($"{oracleCase.Name}: shared expectation for a single helm version");
                }
                else if (count != wanted)
                {
                    problems.Add($"{oracleCase.Name}: {count} expectations for helm v{major}, want {wanted}");
                }
            }
        }

        Assert.True(problems.Count == 0, "run scripts/update-oracle-cases.sh:\n" + string.Join('\n', problems.Distinct()));
    }

    [Fact]
    public void FunctionIndex_EveryListedCase_ExistsAndUsesTheFunction()
    {
        var problems = new List<string>();
        foreach (var (function, cases) in ReadFunctionIndex())
        {
            if (cases.Count == 0)
            {
                problems.Add($"{function}: no case");
            }

            foreach (string name in cases)
            {
                var oracleCase = OracleCorpus.Cases.FirstOrDefault(c => c.Name == name);
                if (oracleCase is null)
                {
                    problems.Add($"{function}: case {name} does not exist");
                }
                else if (!UsesName(oracleCase, function))
                {
                    problems.Add($"{function}: case {name} never mentions it");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void FunctionIndex_EveryRegisteredHelmFunction_IsListed()
    {
        var listed = ReadFunctionIndex().Select(e => e.Function).ToHashSet(StringComparer.Ordinal);
        var missing = FunctionTable.Helm.Names.Where(n => !listed.Contains(n)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "functions without oracle cases in Cases/FUNCTIONS.md: " + string.Join(", ", missing));
    }

    /// <summary>The function's name as a word inside a <c>{{ ... }}</c> action (comments removed), as function_index.py decides.</summary>
    private static bool UsesName(OracleCase oracleCase, string function)
    {
        var pattern = new Regex($@"(?<![A-Za-z0-9_.$]){Regex.Escape(function)}(?![A-Za-z0-9_])", RegexOptions.CultureInvariant);
        return oracleCase.Partials.Select(p => p.Value).Prepend(oracleCase.Template)
            .SelectMany(text => Regex.Matches(text, @"\{\{(.*?)\}\}", RegexOptions.Singleline))
            .Select(action => Regex.Replace(action.Groups[1].Value, @"/\*.*?\*/", " ", RegexOptions.Singleline))
            .Any(pattern.IsMatch);
    }

    /// <summary>Rows of Cases/FUNCTIONS.md: <c>| `name` | source | `group/case`, ... |</c>.</summary>
    private static List<(string Function, List<string> Cases)> ReadFunctionIndex()
    {
        var rows = new List<(string, List<string>)>();
        foreach (string line in File.ReadLines(Path.Combine(OracleCorpus.Root, "FUNCTIONS.md")))
        {
            var match = Regex.Match(line, @"^\|\s*`([A-Za-z0-9_]+)`\s*\|[^|]*\|(.*)\|\s*$");
            if (match.Success)
            {
                var cases = Regex.Matches(match.Groups[2].Value, "`([^`]+)`").Select(m => m.Groups[1].Value).ToList();
                rows.Add((match.Groups[1].Value, cases));
            }
        }

        return rows;
    }
}
