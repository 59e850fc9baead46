using Bosun.Core.Text;
using Bosun.Kube.Emulator.Registry;

namespace Bosun.Kube.Emulator.Store;

/// <summary>Object name validation: DNS-1123 label for namespaces, DNS-1123 subdomain for everything else.</summary>
internal static class NameRules
{
    public static bool IsValid(ResourceType type, string name, out string? problem)
    {
        if (type.Group.Length == 0 && type.Kind == "Namespace")
        {
            if (name.Length > 63 || !DnsNames.IsDns1123LabelSyntax(name))
            {
                problem = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
                return false;
            }
        }
        else if (type.Group == "rbac.authorization.k8s.io")
        {
            // RBAC names are path segments: anything but "/", "%", "." and "..".
            if (name.Contains('/') || name.Contains('%') || name is "." or "..")
            {
                problem = "may not contain '/' or '%'";
                return false;
            }
        }
        else if (name.Length > 253 || !DnsNames.IsDns1123SubdomainSyntax(name))
        {
            problem = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
            return false;
        }

        problem = null;
        return true;
    }
}
