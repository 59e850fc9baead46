namespace Bosun.Core.Versioning;

public sealed partial class VersionConstraint
{
    private static string PrereleaseMessage(SemanticVersion v) =>
        v + " is a prerelease version and the constraint is only looking for release versions";

    // The constraint functions: null when the version passes, else the library's message.
    private string? Evaluate(VersionConstraintTerm c, SemanticVersion v, bool includePre)
    {
        bool v33 = Dialect == SemverDialect.V3_3;
        bool rejectPre = v33
            ? v.Prerelease.Length > 0 && c.Version.Prerelease.Length == 0 && (c.Operator is not ("!=") || c.Dirty)
            : v.Prerelease.Length > 0 && !includePre;
        if (rejectPre)
        {
            return PrereleaseMessage(v);
        }

        return c.Operator switch
        {
            "" or "=" => TildeOrEqual(c, v),
            "!=" => NotEqual(c, v),
            ">" => GreaterThan(c, v),
            "<" => v.CompareTo(c.Version) < 0 ? null : $"{v} is greater than or equal to {c.Original}",
            ">=" or "=>" => v.CompareTo(c.Version) >= 0 ? null : $"{v} is less than {c.Original}",
            "<=" or "=<" => LessThanEqual(c, v),
            "~" or "~>" => Tilde(c, v),
            "^" => Caret(c, v),
            _ => "improper constraint: " + c,
        };
    }

    private static string? NotEqual(VersionConstraintTerm c, SemanticVersion v)
    {
        if (c.Dirty)
        {
            if (c.Version.Major != v.Major)
            {
                return null;
            }

            if (c.Version.Minor != v.Minor && !c.MinorDirty)
            {
                return null;
            }

            if (c.MinorDirty)
            {
                return $"{v} is equal to {c.Original}";
            }

            if (c.Version.Patch != v.Patch && !c.PatchDirty)
            {
                return null;
            }

            if (c.PatchDirty)
            {
                if (v.Prerelease.Length > 0 || c.Version.Prerelease.Length > 0)
                {
                    return SemanticVersion.ComparePrerelease(v.Prerelease, c.Version.Prerelease) != 0 ? null : $"{v} is equal to {c.Original}";
                }

                return $"{v} is equal to {c.Original}";
            }
        }

        return v.EqualTo(c.Version) ? $"{v} is equal to {c.Original}" : null;
    }

    private static string? GreaterThan(VersionConstraintTerm c, SemanticVersion v)
    {
        string fail = $"{v} is less than or equal to {c.Original}";
        if (!c.Dirty)
        {
            return v.CompareTo(c.Version) == 1 ? null : fail;
        }

        if (v.Major > c.Version.Major)
        {
            return null;
        }

        if (v.Major < c.Version.Major || c.MinorDirty)
        {
            return fail;
        }

        if (c.PatchDirty)
        {
            return v.Minor > c.Version.Minor ? null : fail;
        }

        return v.CompareTo(c.Version) == 1 ? null : fail;
    }

    private static string? LessThanEqual(VersionConstraintTerm c, SemanticVersion v)
    {
        string fail = $"{v} is greater than {c.Original}";
        if (!c.Dirty)
        {
            return v.CompareTo(c.Version) <= 0 ? null : fail;
        }

        if (v.Major > c.Version.Major)
        {
            return fail;
        }

        if (v.Major == c.Version.Major && v.Minor > c.Version.Minor && !c.MinorDirty)
        {
            return fail;
        }

        return null;
    }

    private static string? Tilde(VersionConstraintTerm c, SemanticVersion v)
    {
        if (v.LessThan(c.Version))
        {
            return $"{v} is less than {c.Original}";
        }

        if (c.Version.Major == 0 && c.Version.Minor == 0 && c.Version.Patch == 0 && !c.MinorDirty && !c.PatchDirty)
        {
            return null;
        }

        if (v.Major != c.Version.Major)
        {
            return $"{v} does not have same major version as {c.Original}";
        }

        if (v.Minor != c.Version.Minor && !c.MinorDirty)
        {
            return $"{v} does not have same major and minor version as {c.Original}";
        }

        return null;
    }

    private static string? TildeOrEqual(VersionConstraintTerm c, SemanticVersion v)
    {
        if (c.Dirty)
        {
            return Tilde(c, v);
        }

        return v.EqualTo(c.Version) ? null : $"{v} is not equal to {c.Original}";
    }

    private static string? Caret(VersionConstraintTerm c, SemanticVersion v)
    {
        if (v.LessThan(c.Version))
        {
            return $"{v} is less than {c.Original}";
        }

        if (c.Version.Major > 0 || c.MinorDirty)
        {
            return v.Major == c.Version.Major ? null : $"{v} does not have same major version as {c.Original}";
        }

        if (c.Version.Major == 0 && v.Major > 0)
        {
            return $"{v} does not have same major version as {c.Original}";
        }

        if (c.Version.Minor > 0 || c.PatchDirty)
        {
            return v.Minor == c.Version.Minor
                ? null
                : $"{v} does not have same minor version as {c.Original}. Expected minor versions to match when constraint major version is 0";
        }

        if (c.Version.Minor == 0 && v.Minor > 0)
        {
            return $"{v} does not have same minor version as {c.Original}";
        }

        return c.Version.Patch == v.Patch
            ? null
            : $"{v} does not equal {c.Original}. Expect version and constraint to equal when major and minor versions are 0";
    }
}
