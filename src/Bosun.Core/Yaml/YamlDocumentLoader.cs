using System.Collections.Immutable;
using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Core.Yaml.Syntax;

namespace Bosun.Core.Yaml;

/// <summary>
/// Loads every document of a YAML file onto positioned <see cref="YamlNode"/> trees with go-yaml's parser.
/// Problems are reported as diagnostics, never thrown: malformed YAML ends the stream at the error (libyaml
/// cannot resynchronise) and the documents read before it are returned; unknown anchors and duplicate keys
/// are reported and loading goes on.
/// </summary>
public static class YamlDocumentLoader
{
    /// <summary>Parses <paramref name="file"/>, adding problems to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<YamlDocument> Load(SourceFile file, DiagnosticBag diagnostics)
    {
        var documents = new List<YamlDocument>();
        byte[] input = GoJsonUtf8.Encode(file.Text);
        var composer = new YamlComposer(input, file, alias =>
            diagnostics.Add(YamlErrors.UnknownAnchor.At(new SourceLocation(file, alias.Span), alias.Name)));
        try
        {
            while (composer.NextDocument() is { } document)
            {
                documents.Add(document);
                ReportDuplicateKeys(document.Root, file, diagnostics);
            }
        }
        catch (YamlSyntaxException e)
        {
            diagnostics.Add(ToDiagnostic(e, file));
        }
        catch (GoYamlException e)
        {
            diagnostics.Add(YamlErrors.Syntax.At(null, e.Message));
        }

        return documents;
    }

    /// <summary>Parses <paramref name="file"/> and returns its documents with the problems found.</summary>
    public static (IReadOnlyList<YamlDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics) Load(SourceFile file)
    {
        var diagnostics = new DiagnosticBag();
        var documents = Load(file, diagnostics);
        return (documents, diagnostics);
    }

    private static Diagnostic ToDiagnostic(YamlSyntaxException e, SourceFile file)
    {
        var location = new SourceLocation(file, new TextSpan(Math.Clamp(e.ProblemMark.Offset, 0, file.Text.Length), 0));
        var descriptor = e.Kind == YamlErrorKind.Reader ? YamlErrors.InvalidCharacters : YamlErrors.Syntax;
        var diagnostic = descriptor.At(location, e.Problem);
        if (e.Context is { Length: > 0 } context && e.Kind != YamlErrorKind.Reader)
        {
            var contextLocation = new SourceLocation(file, new TextSpan(Math.Clamp(e.ContextMark.Offset, 0, file.Text.Length), 0));
            diagnostic = diagnostic with { Related = ImmutableArray.Create(new RelatedLocation(context, contextLocation)) };
        }

        return diagnostic;
    }

    private static void ReportDuplicateKeys(YamlNode root, SourceFile file, DiagnosticBag diagnostics)
    {
        var stack = new Stack<YamlNode>();
        var visited = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                {
                    var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
                    foreach (var entry in mapping.Entries)
                    {
                        if (entry.Key is YamlScalarNode key && !(key.IsPlainImplicit && key.Value == "<<"))
                        {
                            if (seen.TryGetValue(key.Value, out var first))
                            {
                                diagnostics.Add(YamlErrors.DuplicateKey.At(new SourceLocation(file, key.Span), key.Value, first.Line));
                            }
                            else
                            {
                                seen[key.Value] = key;
                            }
                        }

                        stack.Push(entry.Value);
                        stack.Push(entry.Key);
                    }

                    break;
                }

                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Items)
                    {
                        stack.Push(item);
                    }

                    break;
            }
        }
    }
}
