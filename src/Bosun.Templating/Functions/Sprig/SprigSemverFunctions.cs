using Bosun.Core.Values;
using Bosun.Core.Versioning;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig semver: <c>semver</c> (a <c>*semver.Version</c>) and <c>semverCompare</c>, with the Masterminds
/// semver release helm vendors (v3.3.0 for helm 3, v3.4.0 for helm 4) and its error texts.
/// </summary>
internal static class SprigSemverFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        table.Add("semver", GoSignature.Of(GoType.String), (ctx, args) =>
        {
            var dialect = Dialect(ctx);
            return new SprigSemverVersion(ParseVersion((string)args[0]!, dialect), isPointer: true, dialect);
        });
        table.Add("semverCompare", GoSignature.Of(GoType.String, GoType.String), (ctx, args) =>
        {
            var dialect = Dialect(ctx);
            VersionConstraint constraint;
            try
            {
                constraint = VersionConstraint.Parse((string)args[0]!, dialect);
            }
            catch (SemverException e)
            {
                throw new GoFailure(e.Message, e);
            }

            return GoValue.Bool(constraint.Check(ParseVersion((string)args[1]!, dialect)));
        });
    }

    /// <summary>The Masterminds release helm's major version vendors.</summary>
    public static SemverDialect Dialect(FunctionContext context) =>
        context.Options.HelmMajor == 3 ? SemverDialect.V3_3 : SemverDialect.V3_4;

    private static SemanticVersion ParseVersion(string text, SemverDialect dialect)
    {
        try
        {
            return SemanticVersion.Parse(text, dialect);
        }
        catch (SemverException e)
        {
            throw new GoFailure(e.Message, e);
        }
    }
}
