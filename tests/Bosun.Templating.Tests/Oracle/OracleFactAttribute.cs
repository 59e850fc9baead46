namespace Bosun.Templating.Tests.Oracle;

/// <summary>A fact that is skipped, saying why, when the real helm oracles cannot run on this machine.</summary>
public sealed class OracleFactAttribute : FactAttribute
{
    public OracleFactAttribute()
    {
        if (OracleBinaries.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
