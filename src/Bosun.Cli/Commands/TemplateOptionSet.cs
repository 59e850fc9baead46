using System.CommandLine;
using Bosun.Engine.Charts;
using Bosun.Engine.Charts.Rendering;

namespace Bosun.Cli.Commands;

/// <summary>The options of <c>bosun template</c>, named and described as helm's.</summary>
internal sealed class TemplateOptionSet
{
    private readonly Option<string[]> _values = Many("--values", "-f", "FILE", "Values file (repeatable; later files win)");
    private readonly Option<string[]> _set = Many("--set", null, "KEY=VALUE", "Set a value, e.g. image.tag=1.2 (repeatable; applied after -f files)");
    private readonly Option<string[]> _setString = Many("--set-string", null, "KEY=VALUE", "Set a STRING value (repeatable)");
    private readonly Option<string[]> _setJson = Many("--set-json", null, "KEY=JSON", "Set a JSON value (repeatable)");
    private readonly Option<string[]> _setFile = Many("--set-file", null, "KEY=PATH", "Set a value from the contents of a file (repeatable)");
    private readonly Option<string[]> _setLiteral = Many("--set-literal", null, "KEY=VALUE", "Set a literal STRING value (repeatable)");
    private readonly Option<string> _namespace = new("--namespace", "-n")
    {
        Description = "Release namespace",
        HelpName = "NAMESPACE",
        DefaultValueFactory = _ => "default",
    };

    private readonly Option<string?> _nameTemplate = new("--name-template") { Description = "Specify a template for the release name", HelpName = "TEMPLATE" };
    private readonly Option<bool> _generateName = new("--generate-name", "-g") { Description = "Generate the name (helm template keeps \"release-name\")" };
    private readonly Option<bool> _includeCrds = new("--include-crds") { Description = "Include CRDs in the templated output" };
    private readonly Option<bool> _skipCrds = new("--skip-crds") { Description = "Accepted for helm compatibility (CRDs are only printed with --include-crds)" };
    private readonly Option<bool> _skipTests = new("--skip-tests") { Description = "Skip tests from templated output" };
    private readonly Option<bool> _noHooks = new("--no-hooks") { Description = "Leave hooks out of the output" };
    private readonly Option<string[]> _showOnly = Many("--show-only", "-s", "TEMPLATE", "Only show manifests rendered from the given templates (repeatable)");
    private readonly Option<string?> _outputDir = new("--output-dir") { Description = "Write the executed templates to files in output-dir instead of stdout", HelpName = "DIR" };
    private readonly Option<bool> _releaseName = new("--release-name") { Description = "Use release name in the output-dir path" };
    private readonly Option<string?> _kubeVersion = new("--kube-version") { Description = "Kubernetes version used for Capabilities.KubeVersion", HelpName = "VERSION" };
    private readonly Option<string[]> _apiVersions = Many("--api-versions", "-a", "VERSIONS", "Kubernetes api versions used for Capabilities.APIVersions (repeatable, comma-separated)");
    private readonly Option<bool> _isUpgrade = new("--is-upgrade") { Description = "Set .Release.IsUpgrade instead of .Release.IsInstall" };
    private readonly Option<bool> _skipSchema = new("--skip-schema-validation") { Description = "Disable JSON schema validation" };
    private readonly Option<bool> _validate = new("--validate") { Description = "Needs a cluster: rejected" };
    private readonly Option<string?> _dryRun = new("--dry-run") { Description = "Only \"client\" is possible offline", HelpName = "MODE" };
    private readonly Option<string> _helmCompat = new("--helm-compat")
    {
        Description = "Reproduce helm v4.1.4 (v4) or helm v3.17.2 (v3)",
        HelpName = "v3|v4",
        DefaultValueFactory = _ => "v4",
    };

    public void AddTo(Command command)
    {
        Option[] all =
        [
            _values, _set, _setString, _setJson, _setFile, _setLiteral, _namespace, _nameTemplate, _generateName,
            _includeCrds, _skipCrds, _skipTests, _noHooks, _showOnly, _outputDir, _releaseName, _kubeVersion,
            _apiVersions, _isUpgrade, _skipSchema, _validate, _dryRun, _helmCompat,
        ];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }
    }

    public TemplateArguments Read(ParseResult parse, string? name, string chart)
    {
        var request = new HelmTemplateRequest
        {
            ChartPath = chart,
            Name = name,
            Namespace = parse.GetValue(_namespace) ?? "default",
            Values = new UserValueSources
            {
                ValuesFiles = [.. parse.GetValue(_values) ?? []],
                Set = [.. parse.GetValue(_set) ?? []],
                SetString = [.. parse.GetValue(_setString) ?? []],
                SetJson = [.. parse.GetValue(_setJson) ?? []],
                SetFile = [.. parse.GetValue(_setFile) ?? []],
                SetLiteral = [.. parse.GetValue(_setLiteral) ?? []],
            },
            NameTemplate = parse.GetValue(_nameTemplate),
            GenerateName = parse.GetValue(_generateName),
            IncludeCrds = parse.GetValue(_includeCrds),
            SkipTests = parse.GetValue(_skipTests),
            NoHooks = parse.GetValue(_noHooks),
            ShowOnly = [.. parse.GetValue(_showOnly) ?? []],
            OutputDir = parse.GetValue(_outputDir),
            UseReleaseName = parse.GetValue(_releaseName),
            KubeVersion = parse.GetValue(_kubeVersion),
            ApiVersions = [.. (parse.GetValue(_apiVersions) ?? []).SelectMany(v => v.Split(','))],
            IsUpgrade = parse.GetValue(_isUpgrade),
            SkipSchemaValidation = parse.GetValue(_skipSchema),
            Validate = parse.GetValue(_validate),
        };
        return new TemplateArguments(request, parse.GetValue(_helmCompat) ?? "v4", parse.GetValue(_dryRun));
    }

    private static Option<string[]> Many(string name, string? alias, string helpName, string description)
    {
        var option = alias is null ? new Option<string[]>(name) : new Option<string[]>(name, alias);
        option.Description = description;
        option.HelpName = helpName;
        option.AllowMultipleArgumentsPerToken = false;
        return option;
    }
}
