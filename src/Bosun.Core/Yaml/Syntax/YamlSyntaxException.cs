namespace Bosun.Core.Yaml.Syntax;

/// <summary>A reader, scanner or parser error with libyaml's problem text and marks.</summary>
internal sealed class YamlSyntaxException : Exception
{
    public YamlSyntaxException(YamlErrorKind kind, string problem, YamlMark problemMark, string? context = null, YamlMark contextMark = default)
        : base(problem)
    {
        Kind = kind;
        Problem = problem;
        ProblemMark = problemMark;
        Context = context;
        ContextMark = contextMark;
    }

    public YamlErrorKind Kind { get; }

    public string Problem { get; }

    /// <summary>Where the problem is; for reader errors only <see cref="YamlMark.Offset"/> is meaningful and the line is 0, as in go-yaml.</summary>
    public YamlMark ProblemMark { get; }

    public string? Context { get; }

    public YamlMark ContextMark { get; }

    /// <summary>go-yaml's message: <c>yaml: line N: problem</c> (go-yaml's line arithmetic, quirks included).</summary>
    public string GoMessage
    {
        get
        {
            int line = 0;
            if (ProblemMark.Line != 0)
            {
                line = ProblemMark.Line;
                if (Kind == YamlErrorKind.Scanner)
                {
                    line++;
                }
            }
            else if (ContextMark.Line != 0)
            {
                line = ContextMark.Line;
            }

            return line != 0 ? $"yaml: line {line}: {Problem}" : "yaml: " + Problem;
        }
    }
}
