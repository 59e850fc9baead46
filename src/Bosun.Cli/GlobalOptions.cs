using System.CommandLine;
using Bosun.Cli.Output;

namespace Bosun.Cli;

/// <summary>The options every command accepts: <c>--debug</c>, <c>--output text|json</c>, <c>--no-color</c>.</summary>
public sealed class GlobalOptions
{
    public Option<bool> Debug { get; } = new("--debug")
    {
        Description = "Show stack traces of internal errors",
        Recursive = true,
    };

    public Option<string> Output { get; } = CreateOutput();

    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "Never colour diagnostics (NO_COLOR also works)",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Debug, Output, NoColor];

    /// <summary>Reads the global settings; tolerant of a parse that failed elsewhere.</summary>
    public GlobalSettings Read(ParseResult parse) => new(
        TryGet(parse, Debug),
        string.Equals(TryGetOutput(parse), "json", StringComparison.Ordinal) ? OutputFormat.Json : OutputFormat.Text,
        TryGet(parse, NoColor));

    private static Option<string> CreateOutput()
    {
        var option = new Option<string>("--output", "-o")
        {
            Description = "Output format",
            DefaultValueFactory = _ => "text",
            Recursive = true,
            HelpName = "text|json",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    private static bool TryGet(ParseResult parse, Option<bool> option)
    {
        var result = parse.GetResult(option);
        return result is not null && !result.Errors.Any() && parse.GetValue(option);
    }

    private string? TryGetOutput(ParseResult parse)
    {
        var result = parse.GetResult(Output);
        return result is not null && !result.Errors.Any() ? parse.GetValue(Output) : null;
    }
}
