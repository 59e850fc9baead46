using Bosun.Testing;

namespace Bosun.Cli.Tests.Commands;

/// <summary><c>bosun sim</c> end to end: the command starts the simulated cluster and real kubectl uses it.</summary>
public class SimCommandTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: default}
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: web, image: nginx:1.27}]}
        """;

    [OracleFact]
    public async Task Sim_KubectlServerSideApplyOfDeployment_BecomesAvailable()
    {
        string kubectl = Oracles.Find("kubectl") ?? throw new InvalidOperationException("kubectl not installed");
        using var dir = new TempDirectory();
        string kubeconfig = Path.Combine(dir.Path, "kubeconfig");
        string manifest = dir.Write("web.yaml", Deployment);
        using var stop = new CancellationTokenSource();
        var sim = Task.Run(() => CliRunner.Run(["sim", "--kubeconfig", kubeconfig, "--ready-after", "1s"], dir.Path, cancellationToken: stop.Token));
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!File.Exists(kubeconfig) && !sim.IsCompleted && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.True(File.Exists(kubeconfig), "bosun sim wrote no kubeconfig");
            var apply = Oracles.Run(kubectl, ["--kubeconfig", kubeconfig, "apply", "--server-side", "-f", manifest]);
            Assert.Equal((0, "deployment.apps/web serverside-applied\n"), (apply.ExitCode, apply.StandardOutput));
            var wait = Oracles.Run(kubectl, ["--kubeconfig", kubeconfig, "wait", "--for=condition=Available", "deploy/web", "--timeout=30s"]);
            Assert.Equal((0, "deployment.apps/web condition met\n"), (wait.ExitCode, wait.StandardOutput));
            var get = Oracles.Run(kubectl, ["--kubeconfig", kubeconfig, "get", "deploy", "web", "-o", "jsonpath={.status.availableReplicas}"]);
            Assert.Equal("2", get.StandardOutput);
        }
        finally
        {
            stop.Cancel();
        }

        var run = await sim.WaitAsync(TimeSpan.FromSeconds(30));
        string messages = run.StandardOutput + run.StandardError;
        Assert.Contains("kubeconfig written to " + kubeconfig + " (context bosun-sim)\n", messages, StringComparison.Ordinal);
        Assert.Contains("NOTE: this is a simulation. No container, Pod or workload really runs", messages, StringComparison.Ordinal);
    }
}
