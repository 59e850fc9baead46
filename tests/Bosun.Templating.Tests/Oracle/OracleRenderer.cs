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
    public static OracleOutcome Render(OracleCase oracleCase, int helmMajor)
    {
        var set = new TemplateSet(TemplateOptions.Helm(helmMajor));
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

    private static OracleOutcome Outcome(OracleCase oracleCase, bool isError, string text) =>
        new(isError, oracleCase.Mask(text), "bosun");
}
