using Bosun.Testing;

namespace Bosun.Kube.Emulator.Tests.Conformance;

/// <summary>The real kubectl 1.35 against a fresh emulator per test (design §5.10); exact outputs.</summary>
[Trait("Category", Oracles.Category)]
public sealed class KubectlConformanceTests
{
    [OracleFact]
    public async Task Version_ServerVersion_IsTheEmulators()
    {
        await using var cluster = await RealCluster.StartAsync();
        var result = await cluster.KubectlAsync("version");
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("Server Version: v1.34.0-emu\n", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("", result.StandardError);
    }

    [OracleFact]
    public async Task ApiResources_Aggregated_ListsBuiltInsWithShortNames()
    {
        await using var cluster = await RealCluster.StartAsync();
        var result = await cluster.KubectlAsync("api-resources");
        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n');
        Assert.Equal("NAME                                SHORTNAMES   APIVERSION                        NAMESPACED   KIND", lines[0]);
        Assert.Contains("deployments                         deploy       apps/v1                           true         Deployment", lines);
        Assert.Contains("customresourcedefinitions           crd,crds     apiextensions.k8s.io/v1           false        CustomResourceDefinition", lines);
        Assert.Contains("namespaces                          ns           v1                                false        Namespace", lines);
    }

    [OracleFact]
    public async Task ApiResources_LegacyDiscovery_SameOutput()
    {
        await using var aggregated = await RealCluster.StartAsync();
        await using var legacy = await RealCluster.StartAsync(new EmulatorOptions { LegacyDiscoveryOnly = true });
        var a = await aggregated.KubectlAsync("api-resources");
        var l = await legacy.KubectlAsync("api-resources");
        Assert.Equal(0, l.ExitCode);
        Assert.Equal(a.StandardOutput, l.StandardOutput);
        Assert.Contains(legacy.Emulator.RequestLog, r => r.Path == "/apis/apps/v1");
    }

    [OracleFact]
    public async Task ApplyServerSide_Twice_SecondApplyKeepsResourceVersions()
    {
        await using var cluster = await RealCluster.StartAsync();
        string app = cluster.File("app.yaml", Manifests.App);
        var first = await cluster.KubectlAsync("apply", "--server-side", "-f", app);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(
            "namespace/demo serverside-applied\nconfigmap/web-config serverside-applied\ndeployment.apps/web serverside-applied\nservice/web serverside-applied\n",
            first.StandardOutput);
        await cluster.KubectlAsync("wait", "--for=condition=Available", "deploy/web", "-n", "demo", "--timeout=20s");
        const string rvs = "{range .items[*]}{.kind}/{.metadata.name}={.metadata.resourceVersion} {end}";
        var before = await cluster.KubectlAsync("get", "deploy,cm,svc", "-n", "demo", "-o", "jsonpath=" + rvs);
        var second = await cluster.KubectlAsync("apply", "--server-side", "-f", app);
        Assert.Equal(first.StandardOutput, second.StandardOutput);
        var after = await cluster.KubectlAsync("get", "deploy,cm,svc", "-n", "demo", "-o", "jsonpath=" + rvs);
        Assert.Equal(before.StandardOutput, after.StandardOutput);
        Assert.Contains(cluster.Emulator.RequestLog, r => r.Method == "PATCH"
            && r.Path == "/apis/apps/v1/namespaces/demo/deployments/web"
            && r.Query == "fieldManager=kubectl&fieldValidation=Strict&force=false"
            && r.ContentType == "application/apply-patch+yaml");
    }

    [OracleFact]
    public async Task ApplyServerSide_DryRunServer_LeavesLiveObjectUnchanged()
    {
        await using var cluster = await RealCluster.StartAsync();
        await cluster.KubectlAsync("apply", "--server-side", "-f", cluster.File("app.yaml", Manifests.App));
        var result = await cluster.KubectlAsync("apply", "--server-side", "--dry-run=server", "-f", cluster.File("v2.yaml", Manifests.AppV2));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("configmap/web-config serverside-applied (server dry run)\ndeployment.apps/web serverside-applied (server dry run)\n", result.StandardOutput);
        var live = await cluster.KubectlAsync("get", "cm", "web-config", "-n", "demo", "-o", "jsonpath={.data.mode}");
        Assert.Equal("blue", live.StandardOutput);
    }

    [OracleFact]
    public async Task DiffServerSide_ChangedAndUnchanged_ExitCodes()
    {
        await using var cluster = await RealCluster.StartAsync();
        string app = cluster.File("app.yaml", Manifests.App);
        await cluster.KubectlAsync("apply", "--server-side", "-f", app);
        var same = await cluster.KubectlAsync("diff", "--server-side", "-f", app);
        Assert.Equal(0, same.ExitCode);
        Assert.Equal("", same.StandardOutput);
        var changed = await cluster.KubectlAsync("diff", "--server-side", "-f", cluster.File("v2.yaml", Manifests.AppV2));
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains(" data:\n-  mode: blue\n+  mode: green\n", changed.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("-  generation: 1\n+  generation: 2\n", changed.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(" spec:\n-  replicas: 2\n+  replicas: 3\n", changed.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(
            "       containers:\n-      - env:\n-        - name: MODE\n-          value: blue\n-        image: nginx:1.27\n+      - image: nginx:1.28\n         name: web\n",
            changed.StandardOutput, StringComparison.Ordinal);
    }

    [OracleFact]
    public async Task ApplyServerSide_OtherManager_ConflictThenForce()
    {
        await using var cluster = await RealCluster.StartAsync();
        string app = cluster.File("app.yaml", Manifests.App);
        await cluster.KubectlAsync("apply", "--server-side", "-f", app);
        string conflict = cluster.File("conflict.yaml", Manifests.Conflict);
        var rejected = await cluster.KubectlAsync("apply", "--server-side", "--field-manager=other", "-f", conflict);
        Assert.Equal(1, rejected.ExitCode);
        Assert.StartsWith(
            "error: Apply failed with 1 conflict: conflict with \"kubectl\": .spec.replicas\nPlease review the fields above",
            rejected.StandardError, StringComparison.Ordinal);
        var forced = await cluster.KubectlAsync("apply", "--server-side", "--field-manager=other", "--force-conflicts", "-f", conflict);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal("deployment.apps/web serverside-applied\n", forced.StandardOutput);
        var back = await cluster.KubectlAsync("apply", "--server-side", "-f", app);
        Assert.Equal(1, back.ExitCode);
        Assert.StartsWith("error: Apply failed with 1 conflict: conflict with \"other\": .spec.replicas\n", back.StandardError, StringComparison.Ordinal);
    }

    [OracleFact]
    public async Task ApplyServerSide_MissingNamespace_NotFound()
    {
        await using var cluster = await RealCluster.StartAsync();
        var result = await cluster.KubectlAsync("apply", "--server-side", "-f", cluster.File("lost.yaml", Manifests.MissingNamespace));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Error from server (NotFound): namespaces \"does-not-exist\" not found\n", result.StandardError);
        var list = await cluster.KubectlAsync("get", "cm", "-n", "does-not-exist");
        Assert.Equal(0, list.ExitCode);
        Assert.Equal("No resources found in does-not-exist namespace.\n", list.StandardError);
    }

    [OracleFact]
    public async Task GetYaml_ConfigMap_PrintsStoredObject()
    {
        await using var cluster = await RealCluster.StartAsync();
        await cluster.KubectlAsync("apply", "--server-side", "-f", cluster.File("app.yaml", Manifests.App));
        var result = await cluster.KubectlAsync("get", "cm", "web-config", "-n", "demo", "-o", "yaml");
        Assert.Equal(0, result.ExitCode);
        var obj = Bosun.Kube.Emulator.Store.Json.ParseObject(System.Text.Encoding.UTF8.GetBytes(
            (await cluster.KubectlAsync("get", "cm", "web-config", "-n", "demo", "-o", "json")).StandardOutput));
        string uid = Bosun.Kube.Emulator.Store.Json.Uid(obj);
        string created = Bosun.Kube.Emulator.Store.Json.Str(obj["metadata"]?["creationTimestamp"]);
        string rv = Bosun.Kube.Emulator.Store.Json.Str(obj["metadata"]?["resourceVersion"]);
        Assert.Equal(
            $"apiVersion: v1\ndata:\n  mode: blue\nkind: ConfigMap\nmetadata:\n  creationTimestamp: \"{created}\"\n  name: web-config\n  namespace: demo\n  resourceVersion: \"{rv}\"\n  uid: {uid}\n",
            result.StandardOutput);
    }

    [OracleFact]
    public async Task WaitForCondition_CrdThenCustomResource_Works()
    {
        await using var cluster = await RealCluster.StartAsync();
        var crd = await cluster.KubectlAsync("apply", "--server-side", "-f", cluster.File("crd.yaml", Manifests.Crd));
        Assert.Equal("customresourcedefinition.apiextensions.k8s.io/widgets.example.com serverside-applied\n", crd.StandardOutput);
        var wait = await cluster.KubectlAsync("wait", "--for=condition=Established", "crd/widgets.example.com", "--timeout=20s");
        Assert.Equal(0, wait.ExitCode);
        Assert.Equal("customresourcedefinition.apiextensions.k8s.io/widgets.example.com condition met\n", wait.StandardOutput);
        var cr = await cluster.KubectlAsync("apply", "--server-side", "-f", cluster.File("widget.yaml", Manifests.Widget));
        Assert.Equal("widget.example.com/gizmo serverside-applied\n", cr.StandardOutput);
        var get = await cluster.KubectlAsync("get", "wd", "-o", "jsonpath={.items[*].metadata.name} {.items[*].spec.size}");
        Assert.Equal("gizmo 3", get.StandardOutput);
    }

    [OracleFact]
    public async Task RolloutStatus_FailingDeployment_ExceedsProgressDeadline()
    {
        await using var cluster = await RealCluster.StartAsync();
        await cluster.KubectlAsync("apply", "--server-side", "-f", cluster.File("broken.yaml", Manifests.FailingDeployment));
        var result = await cluster.KubectlAsync("rollout", "status", "deploy/broken", "--timeout=20s");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: deployment \"broken\" exceeded its progress deadline\n", result.StandardError);
    }

    [OracleFact]
    public async Task Delete_File_ObjectsGoneAndNamespaceRemoved()
    {
        await using var cluster = await RealCluster.StartAsync();
        string app = cluster.File("app.yaml", Manifests.App);
        await cluster.KubectlAsync("apply", "--server-side", "-f", app);
        var result = await cluster.KubectlAsync("delete", "-f", app, "--timeout=20s");
        Assert.Equal("", result.StandardError);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "namespace \"demo\" deleted\nconfigmap \"web-config\" deleted from demo namespace\ndeployment.apps \"web\" deleted from demo namespace\nservice \"web\" deleted from demo namespace\n",
            result.StandardOutput);
        var get = await cluster.KubectlAsync("get", "ns", "demo");
        Assert.Equal("Error from server (NotFound): namespaces \"demo\" not found\n", get.StandardError);
    }

    private static async Task WaitForWatchAsync(RealCluster cluster, int count = 1)
    {
        for (int i = 0; i < 200 && cluster.Emulator.RequestLog.Count(r => r.Query.Contains("watch=true", StringComparison.Ordinal)) < count; i++)
        {
            await Task.Delay(25);
        }
    }

    [OracleFact]
    public async Task GetWatch_OutputWatchEvents_PrintsTypedEvents()
    {
        await using var cluster = await RealCluster.StartAsync();
        await cluster.KubectlAsync("create", "configmap", "watched", "--from-literal=a=1");
        var watch = cluster.KubectlAsync("get", "cm", "watched", "-w", "--output-watch-events", "-o", "jsonpath={.type} {.object.data.a}{\"\\n\"}", "--request-timeout=3s");
        await WaitForWatchAsync(cluster);
        await cluster.KubectlAsync("patch", "cm", "watched", "--type=merge", "-p", "{\"data\":{\"a\":\"2\"}}");
        var result = await watch;
        Assert.Equal("ADDED 1\nMODIFIED 2\n", result.StandardOutput);
    }

    [OracleFact]
    public async Task GetWatch_Table_PrintsRowPerChange()
    {
        await using var cluster = await RealCluster.StartAsync();
        await cluster.KubectlAsync("create", "configmap", "watched", "--from-literal=a=1");
        var watch = cluster.KubectlAsync("get", "cm", "watched", "-w", "--request-timeout=3s");
        await WaitForWatchAsync(cluster);
        await cluster.KubectlAsync("patch", "cm", "watched", "--type=merge", "-p", "{\"data\":{\"b\":\"2\"}}");
        var result = await watch;
        Assert.Matches("^NAME      DATA   AGE\nwatched   1      [0-9]+s\nwatched   2      [0-9]+s\n$", result.StandardOutput);
        Assert.Contains(cluster.Emulator.RequestLog, r => r.Query.Contains("watch=true", StringComparison.Ordinal) && r.Accept.Contains("as=Table", StringComparison.Ordinal));
    }

    [OracleFact]
    public async Task Get_Deployments_TableColumns()
    {
        await using var cluster = await RealCluster.StartAsync();
        await cluster.KubectlAsync("apply", "--server-side", "-f", cluster.File("app.yaml", Manifests.App));
        await cluster.KubectlAsync("wait", "--for=condition=Available", "deploy/web", "-n", "demo", "--timeout=20s");
        var result = await cluster.KubectlAsync("get", "deploy,svc", "-n", "demo");
        Assert.Matches(
            "^NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/web   2/2     2            2           [0-9]+s\n\n"
            + "NAME          TYPE        CLUSTER-IP   EXTERNAL-IP   PORT\\(S\\)   AGE\nservice/web   ClusterIP   10\\.96\\.0\\.[0-9]+   <none>        80/TCP    [0-9]+s\n$",
            result.StandardOutput);
    }

    [OracleFact]
    public async Task ApplyClientSide_CreateThenStrategicPatch_Configured()
    {
        await using var cluster = await RealCluster.StartAsync();
        var created = await cluster.KubectlAsync("apply", "-f", cluster.File("app.yaml", Manifests.App));
        Assert.Equal("namespace/demo created\nconfigmap/web-config created\ndeployment.apps/web created\nservice/web created\n", created.StandardOutput);
        var configured = await cluster.KubectlAsync("apply", "-f", cluster.File("v2.yaml", Manifests.AppV2));
        Assert.Equal("configmap/web-config configured\ndeployment.apps/web configured\n", configured.StandardOutput);
        var image = await cluster.KubectlAsync("get", "deploy", "web", "-n", "demo", "-o", "jsonpath={.spec.replicas} {.spec.template.spec.containers[0].image}");
        Assert.Equal("3 nginx:1.28", image.StandardOutput);
        Assert.Contains(cluster.Emulator.RequestLog, r => r.Method == "PATCH" && r.ContentType == "application/strategic-merge-patch+json");
    }

    [OracleFact]
    public async Task GetChunkSize_PagesWithContinue()
    {
        await using var cluster = await RealCluster.StartAsync();
        var result = await cluster.KubectlAsync("get", "ns", "--chunk-size=2", "-o", "name");
        Assert.Equal("namespace/default\nnamespace/kube-node-lease\nnamespace/kube-public\nnamespace/kube-system\n", result.StandardOutput);
        Assert.Contains(cluster.Emulator.RequestLog, r => r.Path == "/api/v1/namespaces" && r.Query.Contains("continue=", StringComparison.Ordinal));
    }

    [OracleFact]
    public async Task PatchStatusSubresource_ChangesStatusOnly()
    {
        await using var cluster = await RealCluster.StartAsync(new EmulatorOptions { RunControllers = false });
        await cluster.KubectlAsync("apply", "--server-side", "-f", cluster.File("app.yaml", Manifests.App));
        var patched = await cluster.KubectlAsync("patch", "deploy", "web", "-n", "demo", "--subresource=status", "--type=merge",
            "-p", "{\"spec\":{\"replicas\":9},\"status\":{\"replicas\":4}}");
        Assert.Equal("deployment.apps/web patched\n", patched.StandardOutput);
        var get = await cluster.KubectlAsync("get", "deploy", "web", "-n", "demo", "-o", "jsonpath={.spec.replicas} {.status.replicas}");
        Assert.Equal("2 4", get.StandardOutput);
    }

    [OracleFact]
    public async Task CreateInTerminatingNamespace_Forbidden()
    {
        await using var cluster = await RealCluster.StartAsync();
        await cluster.KubectlAsync("create", "namespace", "going");
        await cluster.KubectlAsync("apply", "--server-side", "-f", cluster.File("held.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: held
              namespace: going
              finalizers: [example.com/hold]

            """));
        await cluster.KubectlAsync("delete", "namespace", "going", "--wait=false");
        var result = await cluster.KubectlAsync("create", "configmap", "late", "-n", "going");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: failed to create configmap: configmaps \"late\" is forbidden: unable to create new content in namespace going because it is being terminated\n", result.StandardError);
    }

    [OracleFact]
    public async Task ApplyCrdAndCrInOneFile_CrFails()
    {
        await using var cluster = await RealCluster.StartAsync();
        var result = await cluster.KubectlAsync("apply", "--server-side", "-f", cluster.File("both.yaml", Manifests.Crd + "---\n" + Manifests.Widget));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("customresourcedefinition.apiextensions.k8s.io/widgets.example.com serverside-applied\n", result.StandardOutput);
    }

    [OracleFact]
    public async Task ScaleThenDeleteForeground_WaitsUntilGone()
    {
        await using var cluster = await RealCluster.StartAsync();
        await cluster.KubectlAsync("apply", "--server-side", "-f", cluster.File("app.yaml", Manifests.App));
        var scaled = await cluster.KubectlAsync("scale", "deploy/web", "-n", "demo", "--replicas=4");
        Assert.Equal("deployment.apps/web scaled\n", scaled.StandardOutput);
        var replicas = await cluster.KubectlAsync("get", "deploy", "web", "-n", "demo", "-o", "jsonpath={.spec.replicas}");
        Assert.Equal("4", replicas.StandardOutput);
        var deleted = await cluster.KubectlAsync("delete", "deploy/web", "-n", "demo", "--cascade=foreground", "--timeout=20s");
        Assert.Equal(0, deleted.ExitCode);
        Assert.Equal("deployment.apps \"web\" deleted from demo namespace\n", deleted.StandardOutput);
        var wait = await cluster.KubectlAsync("wait", "--for=delete", "deploy/web", "-n", "demo", "--timeout=5s");
        Assert.Equal(0, wait.ExitCode);
        Assert.Contains(cluster.Emulator.RequestLog, r => r.Method == "DELETE" && r.Path == "/apis/apps/v1/namespaces/demo/deployments/web");
    }
}
