using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Core.JsonSchema;
using Bosun.Core.Text;

namespace Bosun.Engine.Charts.Schema;

/// <summary>What validating a chart tree gathers: helm's combined text and the first unusable schema.</summary>
internal sealed class CollectState
{
    public CollectState(int helmMajor, IJsonSchemaLoader loader)
    {
        HelmMajor = helmMajor;
        Loader = loader;
    }

    public int HelmMajor { get; }

    public IJsonSchemaLoader Loader { get; }

    /// <summary>The "name:\n…" blocks, in helm's order.</summary>
    public StringBuilder Text { get; } = new();

    /// <summary>The first schema that could not be used (not JSON, or a reference not loaded): its code and location.</summary>
    public (DiagnosticDescriptor Descriptor, SourceLocation? Location)? Unusable { get; set; }
}
