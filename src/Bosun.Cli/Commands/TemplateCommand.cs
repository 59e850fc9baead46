using System.CommandLine;
using Bosun.Cli.Output;
using Bosun.Engine.Charts;
using Bosun.Engine.Charts.Rendering;

namespace Bosun.Cli.Commands;

/// <summary>
/// <c>bosun template [NAME] CHART</c>: renders a local chart and prints the manifests exactly as
/// <c>helm template</c> does (helm v4.1.4, or v3.17.2 with <c>--helm-compat v3</c>), with helm's flags.
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
        var o = new TemplateOptionSet();
        RejectOptionLikeValues(first);
        RejectOptionLikeValues(second);

        var command = new Command("template", "Render a chart locally, exactly as `helm template` does");
        command.Arguments.Add(first);
        command.Arguments.Add(second);
        o.AddTo(command);
        command.SetAction(parse =>
        {
            string a = parse.GetValue(first) ?? string.Empty;
            string? b = parse.GetValue(second);
            var arguments = o.Read(parse, b is null ? null : a, b ?? a);
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
        int major = arguments.HelmCompat switch
        {
            "v4" or "4" => 4,
            "v3" or "3" => 3,
            _ => throw ChartErrors.HelmCompatInvalid.Create(arguments.HelmCompat).ToException(),
        };
        if (arguments.DryRun is { } dryRun && dryRun != "client")
        {
            throw ChartErrors.ClusterRequired.Create("--dry-run=" + dryRun).ToException();
        }

        var request = arguments.Request with { HelmMajor = major, ResolvePath = context.ResolvePath, Notice = output.WriteMessage };
        context.CancellationToken.ThrowIfCancellationRequested();
        var result = HelmTemplate.Run(request);
        if (result.Render.HasErrors)
        {
            return output.Report(result.Render.Diagnostics);
        }

        if (output.IsJson)
        {
            var manifests = result.Crds.Select(m => new ManifestJson(m.Source, m.Kind, false, m.Content))
                .Concat(result.Render.Manifests.Select(m => new ManifestJson(m.Source, m.Kind, false, m.Content)))
                .Concat(result.Render.Hooks
                    .Where(h => !request.NoHooks && !(request.SkipTests && h.HookEvents.Contains("test")))
                    .Select(h => new ManifestJson(h.Source, h.Kind, true, h.Content)))
                .ToArray();
            output.WriteJson(manifests, CliJsonContext.Output.ManifestJsonArray);
        }
        else
        {
            output.WriteData(result.Stdout);
        }

        return ExitCodes.Success;
    }
}
