using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>The properties and items not yet evaluated (for unevaluatedProperties / unevaluatedItems).</summary>
internal sealed class JsonSchemaUneval
{
    public HashSet<string>? Props { get; set; }

    public HashSet<int>? Items { get; set; }

    public bool IsEmpty => (Props is null || Props.Count == 0) && (Items is null || Items.Count == 0);

    public static JsonSchemaUneval From(object? v, JsonSchemaNode sch, bool callerNeeds)
    {
        var u = new JsonSchemaUneval();
        if (v is GoMap m)
        {
            if (!sch.AllPropsEvaluated && (callerNeeds || sch.UnevaluatedProperties is not null))
            {
                u.Props = new HashSet<string>(m.Keys, StringComparer.Ordinal);
            }
        }
        else if (v is GoList l)
        {
            if (!sch.AllItemsEvaluated && (callerNeeds || sch.UnevaluatedItems is not null) && sch.NumItemsEvaluated < l.Count)
            {
                u.Items = [];
                for (int i = sch.NumItemsEvaluated; i < l.Count; i++)
                {
                    u.Items.Add(i);
                }
            }
        }

        return u;
    }

    public void Merge(JsonSchemaUneval other)
    {
        Props?.RemoveWhere(k => other.Props is null || !other.Props.Contains(k));
        Items?.RemoveWhere(i => other.Items is null || !other.Items.Contains(i));
    }
}
