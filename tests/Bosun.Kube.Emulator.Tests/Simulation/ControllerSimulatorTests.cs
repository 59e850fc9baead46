using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Tests.Support;

namespace Bosun.Kube.Emulator.Tests.Simulation;

/// <summary>The controller simulator on a manual clock: readiness after a delay, failures on cue.</summary>
public sealed class ControllerSimulatorTests
{
    private const string Deploy = """
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},
         "spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"web","image":"nginx"}]}}}}
        """;

    private static async Task<JsonObject> EventuallyAsync(InProcessCluster c, string path, Func<JsonObject, bool> condition)
    {
        for (int i = 0; i < 200; i++)
        {
            var r = await c.GetAsync(path);
            if (r.Status == 200 && condition(r.Json))
            {
                return r.Json;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("condition not reached: " + (await c.GetAsync(path)).Body);
    }

    private static string? Condition(JsonObject o, string type, string field = "status") =>
        (o["status"]?["conditions"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(c => c["type"]!.GetValue<string>() == type)?[field]?.GetValue<string>();

    [Fact]
    public async Task Deployment_ReadyAfterAnnotation_OnlyAfterClockAdvances()
    {
        var time = new ManualTimeProvider();
        using var c = new InProcessCluster(new EmulatorOptions { TimeProvider = time });
        string body = Deploy.Replace("\"name\":\"web\"}", "\"name\":\"web\",\"annotations\":{\"bosun.dev/sim-ready-after\":\"5s\"}}", StringComparison.Ordinal);
        await c.ApplyAsync("/apis/apps/v1/namespaces/default/deployments/web", body);
        await Task.Delay(100);
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.Null((await c.GetAsync("/apis/apps/v1/namespaces/default/deployments/web")).Json["status"]);
        time.Advance(TimeSpan.FromSeconds(1));
        var ready = await EventuallyAsync(c, "/apis/apps/v1/namespaces/default/deployments/web", o => o["status"]?["availableReplicas"] is not null);
        Assert.Equal(1, ready["status"]!["observedGeneration"]!.GetValue<long>());
        Assert.Equal(2, ready["status"]!["readyReplicas"]!.GetValue<long>());
        Assert.Equal("True", Condition(ready, "Available"));
        Assert.Equal("NewReplicaSetAvailable", Condition(ready, "Progressing", "reason"));
    }

    [Fact]
    public async Task Deployment_FailApi_ProgressDeadlineExceeded()
    {
        using var c = new InProcessCluster();
        c.Emulator.Controllers.Fail("apps", "Deployment", "default", "web");
        await c.ApplyAsync("/apis/apps/v1/namespaces/default/deployments/web", Deploy);
        var failed = await EventuallyAsync(c, "/apis/apps/v1/namespaces/default/deployments/web", o => Condition(o, "Progressing") is not null);
        Assert.Equal("False", Condition(failed, "Progressing"));
        Assert.Equal("ProgressDeadlineExceeded", Condition(failed, "Progressing", "reason"));
    }

    [Fact]
    public async Task Job_Completes_WithCompleteCondition()
    {
        using var c = new InProcessCluster();
        await c.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/once", """
            {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"once"},"spec":{"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"c","image":"busybox"}]}}}}
            """);
        var done = await EventuallyAsync(c, "/apis/batch/v1/namespaces/default/jobs/once", o => Condition(o, "Complete") == "True");
        Assert.Equal(1, done["status"]!["succeeded"]!.GetValue<long>());
        Assert.NotNull(done["status"]!["startTime"]);
        Assert.NotNull(done["status"]!["completionTime"]);
    }

    [Fact]
    public async Task Job_FailAnnotation_BackoffLimitExceeded()
    {
        using var c = new InProcessCluster();
        await c.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/bad", """
            {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"bad","annotations":{"emu.k8s.io/fail":"true"}},"spec":{"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"c","image":"busybox"}]}}}}
            """);
        var failed = await EventuallyAsync(c, "/apis/batch/v1/namespaces/default/jobs/bad", o => Condition(o, "Failed") == "True");
        Assert.Equal("BackoffLimitExceeded", Condition(failed, "Failed", "reason"));
    }

    [Fact]
    public async Task PvcAndLoadBalancer_BecomeBoundAndGetIngress()
    {
        using var c = new InProcessCluster();
        await c.PostAsync("/api/v1/namespaces/default/persistentvolumeclaims", """
            {"metadata":{"name":"data"},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"1Gi"}}}}
            """);
        await c.PostAsync("/api/v1/namespaces/default/services", """{"metadata":{"name":"lb"},"spec":{"type":"LoadBalancer","ports":[{"port":80}]}}""");
        var pvc = await EventuallyAsync(c, "/api/v1/namespaces/default/persistentvolumeclaims/data", o => o["status"]?["phase"]?.GetValue<string>() == "Bound");
        Assert.Equal("""{"storage":"1Gi"}""", pvc["status"]!["capacity"]!.ToJsonString());
        var lb = await EventuallyAsync(c, "/api/v1/namespaces/default/services/lb", o => o["status"]?["loadBalancer"]?["ingress"] is not null);
        Assert.StartsWith("172.18.255.", lb["status"]!["loadBalancer"]!["ingress"]![0]!["ip"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hold_ThenRelease_BecomesReady()
    {
        using var c = new InProcessCluster();
        c.Emulator.Controllers.Hold("apps", "Deployment", "default", "web");
        await c.ApplyAsync("/apis/apps/v1/namespaces/default/deployments/web", Deploy);
        await Task.Delay(200);
        Assert.Null((await c.GetAsync("/apis/apps/v1/namespaces/default/deployments/web")).Json["status"]);
        c.Emulator.Controllers.Release("apps", "Deployment", "default", "web");
        await EventuallyAsync(c, "/apis/apps/v1/namespaces/default/deployments/web", o => Condition(o, "Available") == "True");
    }

    [Fact]
    public async Task FinalizeAfter_RemovesTestFinalizer()
    {
        var time = new ManualTimeProvider();
        using var c = new InProcessCluster(new EmulatorOptions { TimeProvider = time });
        await c.PostAsync("/api/v1/namespaces/default/configmaps", """
            {"metadata":{"name":"slow","finalizers":["example.com/slow"],"annotations":{"bosun.dev/sim-finalize-after":"3s"}}}
            """);
        await c.DeleteAsync("/api/v1/namespaces/default/configmaps/slow");
        await Task.Delay(100);
        Assert.Equal(200, (await c.GetAsync("/api/v1/namespaces/default/configmaps/slow")).Status);
        time.Advance(TimeSpan.FromSeconds(3));
        for (int i = 0; i < 100 && (await c.GetAsync("/api/v1/namespaces/default/configmaps/slow")).Status == 200; i++)
        {
            await Task.Delay(20);
        }

        Assert.Equal(404, (await c.GetAsync("/api/v1/namespaces/default/configmaps/slow")).Status);
    }
}
