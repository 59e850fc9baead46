using Bosun.Core.Text;
using Bosun.Templating.HelmCompat;
using Bosun.Templating.Tests.Oracle.Fixtures;

namespace Bosun.Templating.Tests.Oracle;

/// <summary>
/// Renders a case with Bosun's engine the way helm renders <c>c/templates/NOTES.txt</c>: every template
/// of the chart parsed into one set in helm's order (deeper paths first, then names descending), then
/// NOTES.txt executed with helm's top-level object; errors reworded as helm rewords them.
/// </summary>
internal static class OracleRenderer
{
    /// <summary>
    /// Go grows goroutine stacks to 1 GB, so helm survives include chains 1000 deep and template
    /// recursion 100000 deep; rendering runs on a thread with a large stack so a deep case fails
    /// (or passes) on its own instead of crashing the test host.
    /// </summary>
    private const int StackSize = 512 * 1024 * 1024;

    public static OracleOutcome Render(OracleCase oracleCase, int helmMajor)
    {
        OracleOutcome? outcome = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    outcome = RenderOnThisThread(oracleCase, helmMajor);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            StackSize);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return outcome ?? throw new InvalidOperationException("rendering produced no outcome");
    }

    private static OracleOutcome RenderOnThisThread(OracleCase oracleCase, int helmMajor)
    {
        var set = new TemplateSet(Options(helmMajor));
        var templates = oracleCase.Partials
            .Select(p => new KeyValuePair<string, string>($"c/templates/{p.Key}", p.Value))
            .Append(new KeyValuePair<string, string>(HelmRenderValues.TemplateName, oracleCase.Template))
            .OrderByDescending(t => t.Key.Count(c => c == '/'))
            .ThenByDescending(t => t.Key, StringComparer.Ordinal);
        foreach (var (path, text) in templates)
        {
            try
            {
                set.Parse(new SourceFile(path, text));
            }
            catch (TemplateException e)
            {
                return Outcome(oracleCase, true, HelmErrorFormat.FormatParseError(path, e.GoMessage));
            }
        }

        var data = HelmRenderValues.Create(oracleCase, helmMajor);
        try
        {
            return Outcome(oracleCase, false, set.Execute(HelmRenderValues.TemplateName, data));
        }
        catch (TemplateException e)
        {
            return Outcome(oracleCase, true,
                HelmErrorFormat.FormatExecutionError(HelmRenderValues.TemplateName, e.GoMessage, helmMajor));
        }
    }

    /// <summary>helm's options for the version, with the local time zone pinned to UTC like the oracle runs.</summary>
    internal static TemplateOptions Options(int helmMajor)
    {
        TemplateOptions helm = TemplateOptions.Helm(helmMajor);
        return new TemplateOptions
        {
            Functions = helm.Functions,
            MissingKey = helm.MissingKey,
            StripNoValue = helm.StripNoValue,
            LeftDelimiter = helm.LeftDelimiter,
            RightDelimiter = helm.RightDelimiter,
            MaxIncludeDepth = helm.MaxIncludeDepth,
            MaxOutputLength = helm.MaxOutputLength,
            HelmMajor = helm.HelmMajor,
            Random = helm.Random,
            Lookup = helm.Lookup,
            Time = UtcTimeProvider.Instance,
        };
    }

    private static OracleOutcome Outcome(OracleCase oracleCase, bool isError, string text) =>
        new(isError, oracleCase.Mask(text), "bosun");
}
