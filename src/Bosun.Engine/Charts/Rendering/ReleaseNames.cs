using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Templating;
using Bosun.Templating.Functions;

namespace Bosun.Engine.Charts.Rendering;

/// <summary>
/// The release name of <c>helm template</c>: action.Install.NameAndChart (NAME argument, --name-template,
/// --generate-name, else "release-name") and chartutil.ValidateReleaseName.
/// </summary>
public static class ReleaseNames
{
    /// <summary>helm's maximum release name length.</summary>
    public const int MaxLength = 53;

    /// <summary>The functions helm registers on top of Sprig; --name-template sees Sprig's only.</summary>
    private static readonly HashSet<string> s_helmOnly =
    [
        "toToml", "fromToml", "toYaml", "mustToYaml", "toYamlPretty", "fromYaml", "fromYamlArray",
        "fromJson", "fromJsonArray", "include", "tpl", "required", "lookup",
    ];

    private static readonly Lazy<FunctionTable> s_sprig = new(() => FunctionTable.Empty.With(
        FunctionTable.Helm.Names.Where(n => !s_helmOnly.Contains(n) && n != "fail")
            .Select(n => FunctionTable.Helm.TryGet(n, out var f) ? f : null)
            .OfType<TemplateFunction>()
            .Append(new TemplateFunction(
                "fail",
                new GoSignature([GoType.String], returnsError: true),
                (_, a) => throw new GoFailure(a[0] as string ?? string.Empty)))));

    /// <summary>NameAndChart for helm template (whose ReleaseName starts as "release-name").</summary>
    public static string Resolve(HelmTemplateRequest request)
    {
        if (request.Name is not null)
        {
            if (request.GenerateName)
            {
                throw ChartErrors.ReleaseNameConflict.Create("cannot set --generate-name and also specify a name").ToException();
            }

            if (!string.IsNullOrEmpty(request.NameTemplate))
            {
                throw ChartErrors.ReleaseNameConflict.Create("cannot set --name-template and also specify a name").ToException();
            }

            return request.Name;
        }

        return string.IsNullOrEmpty(request.NameTemplate)
            ? ReleaseOptions.DefaultName
            : RenderNameTemplate(request.NameTemplate, request.HelmMajor);
    }

    /// <summary>action.TemplateName: the template executed with nil data and Sprig's functions.</summary>
    public static string RenderNameTemplate(string nameTemplate, int helmMajor)
    {
        var options = new TemplateOptions { Functions = s_sprig.Value, HelmMajor = helmMajor };
        var set = new TemplateSet(options, "name-template");
        try
        {
            set.Parse(new SourceFile("name-template", nameTemplate));
            return set.Execute("name-template", null);
        }
        catch (TemplateException ex)
        {
            throw ChartErrors.NameTemplateInvalid.Create(ex.GoMessage).ToException();
        }
    }

    /// <summary>availableName: chartutil.ValidateReleaseName, with helm v4's "release name check failed: " prefix.</summary>
    public static void Validate(string name, int helmMajor)
    {
        string prefix = helmMajor < 4 ? string.Empty : "release name check failed: ";
        if (name.Length == 0)
        {
            throw ChartErrors.ReleaseNameInvalid.Create(prefix, name, "no name provided").ToException();
        }

        if (name.Length > MaxLength || !DnsNames.IsDns1123SubdomainSyntax(name))
        {
            throw ChartErrors.ReleaseNameInvalid.Create(
                prefix,
                name,
                "invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53")
                .ToException();
        }
    }
}
