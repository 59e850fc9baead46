namespace Bosun.Core.Tests.Text.Re2;

/// <summary>One pattern/input pair with Go's results (see <see cref="Re2GoCases"/>).</summary>
internal sealed record Re2GoCase(
    string Pattern,
    string Input,
    string Template,
    string Find,
    bool Match,
    string[]? All,
    string[]? All2,
    string Replaced,
    string ReplacedLiteral,
    string[]? Split,
    string[]? Split2);
