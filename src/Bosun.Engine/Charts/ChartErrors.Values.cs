using Bosun.Core.Diagnostics;

namespace Bosun.Engine.Charts;

/// <summary>Values and dependency problems (BOSUN3150-3199), worded as helm words them.</summary>
public static partial class ChartErrors
{
    /// <summary>A --set-json expression (key=json) or JSON object cannot be parsed.</summary>
    public static readonly DiagnosticDescriptor SetJsonValueInvalid =
        new(3150, Severity.Error, "failed parsing --set-json data {0}");

    /// <summary>A --set-string expression cannot be parsed.</summary>
    public static readonly DiagnosticDescriptor SetStringValueInvalid =
        new(3151, Severity.Error, "failed parsing --set-string data: {0}");

    /// <summary>A --set-file expression cannot be parsed or its file cannot be read.</summary>
    public static readonly DiagnosticDescriptor SetFileValueInvalid =
        new(3152, Severity.Error, "failed parsing --set-file data: {0}");

    /// <summary>A --set-literal expression cannot be parsed.</summary>
    public static readonly DiagnosticDescriptor SetLiteralValueInvalid =
        new(3153, Severity.Error, "failed parsing --set-literal data: {0}");

    /// <summary>A values file given with -f exists but cannot be read (a directory, no permission).</summary>
    public static readonly DiagnosticDescriptor ValuesFileUnreadable =
        new(3154, Severity.Error, "{0}");

    /// <summary>The values for a subchart are not a map (helm's coalesceDeps).</summary>
    public static readonly DiagnosticDescriptor SubchartValuesNotTable =
        new(3155, Severity.Error, "type mismatch on {0}: {1}");

    /// <summary>An import-values entry helm 3 cannot read (child or parent not a string: helm 3 panics).</summary>
    public static readonly DiagnosticDescriptor ImportValuesInvalid =
        new(3156, Severity.Error, "import-values of dependency \"{0}\": {1}");

    /// <summary>helm 4's wrapping of any dependency processing error.</summary>
    public static readonly DiagnosticDescriptor DependencyProcessingFailed =
        new(3157, Severity.Error, "chart dependencies processing failed: {0}");
}
