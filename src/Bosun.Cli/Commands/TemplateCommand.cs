using System.CommandLine;
using Bosun.Cli.Output;
using Bosun.Engine.Charts;

namespace Bosun.Cli.Commands;

/// <summary>
/// <c>bosun template [NAME] CHART</c>: renders a local chart directory and prints the manifests exactly as
/// <c>helm template</c> does.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var first = new Argument<string>("NAME") { Description = "Release name (helm's \"release-name\" when omitted)" };
        var second = new Argument<string?>("CHART")
        {
            Description = "Path to a chart directory",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var values = new Option<string[]>("--values", "-f")
        {
            Description = "Values file (repeatable; later files win)",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = false,
        };
        var set = new Option<string[]>("--set")
        {
            Description = "Set a value, e.g. image.tag=1.2 (repeatable; applied after -f files)",
            HelpName = "KEY=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        var ns = new Option<string>("--namespace", "-n")
        {
            Description = "Release namespace",
            HelpName = "NAMESPACE",
            DefaultValueFactory = _ => "default",
        };

        RejectOptionLikeValues(first);
        RejectOptionLikeValues(second);

        var command = new Command("template", "Render a chart locally, exactly as `helm template` does");
        command.Arguments.Add(first);
        command.Arguments.Add(second);
        command.Options.Add(values);
        command.Options.Add(set);
        command.Options.Add(ns);
        command.SetAction(parse =>
        {
            string a = parse.GetValue(first) ?? string.Empty;
            string? b = parse.GetValue(second);
            var arguments = new TemplateArguments(
                b is null ? ReleaseOptions.DefaultName : a,
                b ?? a,
                [.. parse.GetValue(values) ?? []],
                [.. parse.GetValue(set) ?? []],
                parse.GetValue(ns) ?? "default");
            return Run(arguments, context, new CommandOutput(context.Console, globals.Read(parse)));
        });
        return command;
    }

    /// <summary>System.CommandLine hands an unknown <c>--flag</c> to a free argument slot; treat it as the usage error it is.</summary>
    private static void RejectOptionLikeValues(Argument argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });

    internal static int Run(TemplateArguments arguments, CliContext context, CommandOutput output)
    {
        string chartDirectory = context.ResolvePath(arguments.ChartPath);
        if (!Directory.Exists(chartDirectory))
        {
            throw ChartErrors.ChartNotFound.Create(arguments.ChartPath).ToException();
        }

        var userValues = UserValues.Merge(arguments.ValuesFiles, arguments.SetValues, context.ResolvePath);
        context.CancellationToken.ThrowIfCancellationRequested();

        var chart = ChartLoader.Load(chartDirectory, arguments.ChartPath);
        var release = new ReleaseOptions { Name = arguments.ReleaseName, Namespace = arguments.Namespace };
        var result = ChartRenderer.Render(chart, userValues, release, ChartRenderOptions.Default);
        if (result.HasErrors)
        {
            return output.Report(result.Diagnostics);
        }

        if (output.IsJson)
        {
            var manifests = result.Manifests.Select(m => new ManifestJson(m.Source, m.Kind, false, m.Content))
                .Concat(result.Hooks.Select(h => new ManifestJson(h.Source, h.Kind, true, h.Content)))
                .ToArray();
            output.WriteJson(manifests, CliJsonContext.Output.ManifestJsonArray);
        }
        else
        {
            output.WriteData(HelmTemplatePrinter.Print(result));
        }

        return ExitCodes.Success;
    }
}
