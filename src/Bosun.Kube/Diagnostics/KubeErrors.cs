using Bosun.Core.Diagnostics;

namespace Bosun.Kube.Diagnostics;

/// <summary>
/// Catalog of Kubernetes client problems (BOSUN5000–5199): kubeconfig and credentials (5000–5049), transport
/// (5050–5099), API server Status errors (5100–5149), discovery and mapping (5150–5169), watch and health
/// waits (5170–5199). Wording follows kubectl/client-go where users search for it.
/// </summary>
public static partial class KubeErrors
{
    /// <summary>An explicitly named kubeconfig file does not exist.</summary>
    public static readonly DiagnosticDescriptor KubeconfigNotFound =
        new(5001, Severity.Error, "kubeconfig file not found: {0}");

    /// <summary>A kubeconfig file is not valid YAML or has a field of the wrong type.</summary>
    public static readonly DiagnosticDescriptor KubeconfigInvalid =
        new(5002, Severity.Error, "error loading config file \"{0}\": {1}");

    /// <summary>No kubeconfig file exists and the process does not run inside a cluster.</summary>
    public static readonly DiagnosticDescriptor NoConfiguration =
        new(5003, Severity.Error, "invalid configuration: no configuration has been provided (looked for {0})");

    /// <summary>The requested (or current) context is not defined in the kubeconfig.</summary>
    public static readonly DiagnosticDescriptor ContextNotFound =
        new(5004, Severity.Error, "context was not found for specified context: {0}");

    /// <summary>The chosen context is incomplete or inconsistent (client-go's validation messages).</summary>
    public static readonly DiagnosticDescriptor ConfigurationInvalid =
        new(5005, Severity.Error, "invalid configuration: {0}");

    /// <summary>A file the kubeconfig refers to (CA, client certificate or key, token file) cannot be read.</summary>
    public static readonly DiagnosticDescriptor CredentialFileUnreadable =
        new(5006, Severity.Error, "unable to read {0} {1} for {2}: {3}");

    /// <summary>An exec credential plugin could not run or returned something unusable.</summary>
    public static readonly DiagnosticDescriptor ExecPluginFailed =
        new(5007, Severity.Error, "exec plugin for user \"{0}\": {1}");

    /// <summary>In-cluster configuration was requested outside a pod.</summary>
    public static readonly DiagnosticDescriptor NotInCluster =
        new(5008, Severity.Error, "unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined");

    /// <summary>A certificate or key (data or file) is not valid PEM.</summary>
    public static readonly DiagnosticDescriptor InvalidCertificate =
        new(5009, Severity.Error, "invalid {0} for {1}: {2}");

    /// <summary>The server refused the TCP connection.</summary>
    public static readonly DiagnosticDescriptor ConnectionRefused =
        new(5050, Severity.Error, "the connection to the server {0} was refused - did you specify the right host or port?", transient: true);

    /// <summary>Any other network failure (DNS, reset, proxy).</summary>
    public static readonly DiagnosticDescriptor ConnectionFailed =
        new(5051, Severity.Error, "cannot reach the server {0}: {1}", transient: true);

    /// <summary>The TLS handshake failed: unknown CA, wrong server name, rejected client certificate.</summary>
    public static readonly DiagnosticDescriptor TlsFailed =
        new(5052, Severity.Error, "TLS handshake with {0} failed: {1}");

    /// <summary>A request did not finish within the client timeout.</summary>
    public static readonly DiagnosticDescriptor RequestTimeout =
        new(5053, Severity.Error, "{0} {1} timed out after {2}", transient: true);

    /// <summary>The server answered with something that is not a Kubernetes Status or the expected object.</summary>
    public static readonly DiagnosticDescriptor UnexpectedResponse =
        new(5054, Severity.Error, "unexpected response from the server for {0} {1}: HTTP {2}: {3}");
}
