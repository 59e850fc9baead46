using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Registry;
using Bosun.Kube.Emulator.Store;

namespace Bosun.Kube.Emulator.Http;

/// <summary>
/// A parsed <c>fieldSelector</c> (<c>=</c>, <c>==</c>, <c>!=</c>, comma meaning AND) over
/// <c>metadata.name</c>, <c>metadata.namespace</c> and a few well-known fields (Pod <c>status.phase</c> and
/// <c>spec.nodeName</c>, Secret <c>type</c>, Namespace <c>status.phase</c>); anything else is 400
/// <c>field label not supported: …</c>.
/// </summary>
public sealed class FieldSelector
{
    private readonly List<(string Field, string Value, bool Negate)> _terms = [];

    public static FieldSelector Parse(string? text, ResourceType type)
    {
        var selector = new FieldSelector();
        if (string.IsNullOrWhiteSpace(text))
        {
            return selector;
        }

        foreach (var raw in text.Split(','))
        {
            string part = raw.Trim();
            bool negate = false;
            int at = part.IndexOf("!=", StringComparison.Ordinal);
            int len = 2;
            if (at > 0)
            {
                negate = true;
            }
            else if ((at = part.IndexOf("==", StringComparison.Ordinal)) > 0)
            {
            }
            else if ((at = part.IndexOf('=')) > 0)
            {
                len = 1;
            }
            else
            {
                throw ApiError.BadRequest($"invalid field selector: '{part}'");
            }

            string field = part[..at].Trim();
            if (!Supported(field, type))
            {
                throw ApiError.BadRequest($"field label not supported: {field}");
            }

            selector._terms.Add((field, part[(at + len)..].Trim(), negate));
        }

        return selector;
    }

    private static bool Supported(string field, ResourceType type) =>
        field is "metadata.name" or "metadata.namespace"
        || (type.Group.Length == 0 && type.Kind == "Pod" && field is "status.phase" or "spec.nodeName" or "spec.restartPolicy")
        || (type.Group.Length == 0 && type.Kind == "Secret" && field == "type")
        || (type.Group.Length == 0 && type.Kind == "Namespace" && field == "status.phase")
        || (type.Group.Length == 0 && type.Kind == "Event" && field.StartsWith("involvedObject.", StringComparison.Ordinal));

    /// <summary>The single <c>metadata.name=</c> value, when the selector pins one name.</summary>
    public string? PinnedName => _terms.FirstOrDefault(t => t.Field == "metadata.name" && !t.Negate).Value;

    public bool Matches(JsonObject obj)
    {
        foreach (var (field, value, negate) in _terms)
        {
            JsonNode? node = obj;
            foreach (var part in field.Split('.'))
            {
                node = node is JsonObject o ? o[part] : null;
            }

            bool equal = Json.Str(node) == value;
            if (equal == negate)
            {
                return false;
            }
        }

        return true;
    }
}
