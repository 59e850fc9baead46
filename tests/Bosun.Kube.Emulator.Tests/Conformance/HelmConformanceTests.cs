using Bosun.Testing;

namespace Bosun.Kube.Emulator.Tests.Conformance;

/// <summary>The real helm 4 against a fresh emulator per test: release storage (protobuf Secrets), SSA, --wait.</summary>
[Trait("Category", Oracles.Category)]
public sealed class HelmConformanceTests
{
    private static string Chart(RealCluster cluster)
    {
        cluster.File("chart/Chart.yaml", "apiVersion: v2\nname: probe\nversion: 0.1.0\nappVersion: \"1.0\"\n");
        cluster.File("chart/values.yaml", "name: probe-web\nreplicas: 1\nfail: false\n");
        cluster.File("chart/templates/cm.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ .Values.name }}-config
            data:
              replicas: "{{ .Values.replicas }}"

            """);
        cluster.File("chart/templates/deploy.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ .Values.name }}
              {{- if .Values.fail }}
              annotations:
                bosun.dev/sim-fail: "true"
              {{- end }}
            spec:
              replicas: {{ .Values.replicas }}
              selector:
                matchLabels:
                  app: {{ .Values.name }}
              template:
                metadata:
                  labels:
                    app: {{ .Values.name }}
                spec:
                  containers:
                  - name: web
                    image: nginx

            """);
        return Path.Combine(cluster.Home, "chart");
    }

    [OracleFact]
    public async Task InstallUpgradeHistoryValuesUninstall_ReleaseLifecycle()
    {
        await using var cluster = await RealCluster.StartAsync();
        string chart = Chart(cluster);
        var install = await cluster.HelmAsync("install", "rel1", chart);
        Assert.Equal("", install.StandardError);
        Assert.Equal(0, install.ExitCode);
        Assert.Contains("STATUS: deployed\nREVISION: 1\nDESCRIPTION: Install complete\n", install.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(cluster.Emulator.RequestLog, r => r.Method == "POST" && r.Path == "/api/v1/namespaces/default/secrets"
            && r.ContentType == "application/vnd.kubernetes.protobuf" && r.StatusCode == 201);

        var list = await cluster.HelmAsync("list", "-o", "json");
        Assert.Matches("^\\[\\{\"name\":\"rel1\",\"namespace\":\"default\",\"revision\":\"1\",\"updated\":\"[^\"]+\",\"status\":\"deployed\",\"chart\":\"probe-0.1.0\",\"app_version\":\"1.0\"\\}\\]\n$", list.StandardOutput);

        var upgrade = await cluster.HelmAsync("upgrade", "rel1", chart, "--set", "replicas=3");
        Assert.Equal(0, upgrade.ExitCode);
        Assert.StartsWith("Release \"rel1\" has been upgraded. Happy Helming!\n", upgrade.StandardOutput, StringComparison.Ordinal);
        var history = await cluster.HelmAsync("history", "rel1", "-o", "json");
        Assert.Matches("^\\[\\{\"revision\":1,\"updated\":\"[^\"]+\",\"status\":\"superseded\",\"chart\":\"probe-0.1.0\",\"app_version\":\"1.0\",\"description\":\"Install complete\"\\},"
            + "\\{\"revision\":2,\"updated\":\"[^\"]+\",\"status\":\"deployed\",\"chart\":\"probe-0.1.0\",\"app_version\":\"1.0\",\"description\":\"Upgrade complete\"\\}\\]\n$",
            history.StandardOutput);
        var values = await cluster.HelmAsync("get", "values", "rel1");
        Assert.Equal("USER-SUPPLIED VALUES:\nreplicas: 3\n", values.StandardOutput);
        var replicas = await cluster.KubectlAsync("get", "deploy", "probe-web", "-o", "jsonpath={.spec.replicas}");
        Assert.Equal("3", replicas.StandardOutput);

        var uninstall = await cluster.HelmAsync("uninstall", "rel1");
        Assert.Equal(0, uninstall.ExitCode);
        Assert.Equal("release \"rel1\" uninstalled\n", uninstall.StandardOutput);
        var secrets = await cluster.KubectlAsync("get", "secrets,deploy,cm", "-o", "name");
        Assert.Equal("", secrets.StandardOutput);
        Assert.Equal(0, secrets.ExitCode);
    }

    [OracleFact]
    public async Task InstallWait_ReadyDeployment_Succeeds()
    {
        await using var cluster = await RealCluster.StartAsync(new EmulatorOptions { DefaultReadyAfter = TimeSpan.FromMilliseconds(500) });
        var install = await cluster.HelmAsync("install", "rel2", Chart(cluster), "--wait", "--timeout", "30s");
        Assert.Equal("", install.StandardError);
        Assert.Equal(0, install.ExitCode);
        Assert.Contains("STATUS: deployed\n", install.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(cluster.Emulator.RequestLog, r => r.Method == "GET" && r.Path == "/apis/apps/v1/namespaces/default/deployments"
            && r.Query.Contains("sendInitialEvents=true", StringComparison.Ordinal));
    }

    [OracleFact]
    public async Task InstallWait_FailingDeployment_FailsEarlyAndRecordsFailed()
    {
        await using var cluster = await RealCluster.StartAsync();
        var install = await cluster.HelmAsync("install", "rel3", Chart(cluster), "--set", "fail=true", "--wait", "--timeout", "60s");
        Assert.Equal(1, install.ExitCode);
        Assert.Equal(
            "Error: INSTALLATION FAILED: resource Deployment/default/probe-web not ready. status: Failed, message: Progress deadline exceeded\n",
            install.StandardError);
        var history = await cluster.HelmAsync("history", "rel3", "-o", "json");
        Assert.Contains("\"status\":\"failed\"", history.StandardOutput, StringComparison.Ordinal);
    }
}
