namespace Bosun.Core.Text.Re2;

/// <summary>Parser flags of Go's regexp/syntax (the subset <c>regexp.Compile</c> uses).</summary>
[Flags]
internal enum Re2Flags
{
    None = 0,
    FoldCase = 1,
    ClassNL = 4,
    DotNL = 8,
    OneLine = 16,
    NonGreedy = 32,
    PerlX = 64,
    UnicodeGroups = 128,

    /// <summary>syntax.Perl, the flags of regexp.Compile.</summary>
    Perl = ClassNL | OneLine | PerlX | UnicodeGroups,
}
