using System.Net;
using System.Text.Json.Nodes;
using Bosun.Core.Diagnostics;
using Bosun.Kube.Diagnostics;
using Bosun.Kube.Rest;
using static Bosun.Kube.Tests.Rest.FakeCluster;

namespace Bosun.Kube.Tests.Rest;

public class KubeClientTests
{
    private static JsonObject Obj(string json) => JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException();

    [Fact]
    public async Task Apply_SendsServerSideApplyPatch()
    {
        var (client, handler) = Create(_ => Json("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"demo","resourceVersion":"7"}}"""));

        var result = await client.ApplyAsync(
            Obj("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","managedFields":[{"manager":"x"}]},"spec":{"replicas":2}}"""),
            new ApplyOptions(),
            CancellationToken.None);

        var apply = handler.Requests[^1];
        Assert.Equal("PATCH", apply.Method);
        Assert.Equal("https://k:6443/apis/apps/v1/namespaces/demo/deployments/web?fieldManager=bosun&force=false", apply.Uri);
        Assert.Equal("application/apply-patch+yaml", apply.ContentType);
        Assert.Equal("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"demo"},"spec":{"replicas":2}}""", apply.Body);
        Assert.Equal("application/json", apply.Accept);
        Assert.Equal("Bearer t", apply.Authorization);
        Assert.Equal("7", KubeJson.GetString(result, "metadata.resourceVersion"));
    }

    [Fact]
    public async Task Apply_ForceDryRunAndValidation_AreQueryParameters()
    {
        var (client, handler) = Create(_ => Json("""{"kind":"Namespace"}"""));

        await client.ApplyAsync(Obj("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"team-a"}}"""), new ApplyOptions { Force = true, DryRun = true, FieldValidation = "Strict" }, CancellationToken.None);

        Assert.Equal("https://k:6443/api/v1/namespaces/team-a?dryRun=All&fieldManager=bosun&fieldValidation=Strict&force=true", handler.Requests[^1].Uri);
        Assert.Equal("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"team-a"}}""", handler.Requests[^1].Body);
    }

    [Fact]
    public async Task Apply_Conflict_ThrowsWithConflicts()
    {
        var (client, _) = Create(_ => Json(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Apply failed with 1 conflict: conflict with \"kubectl\": .spec.replicas","reason":"Conflict","details":{"causes":[{"reason":"FieldManagerConflict","message":"conflict with \"kubectl\"","field":".spec.replicas"}]},"code":409}""",
            HttpStatusCode.Conflict));

        var e = await Assert.ThrowsAsync<KubeApiException>(() => client.ApplyAsync(Obj("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"prod"}}"""), null, CancellationToken.None));

        Assert.Equal("Deployment/prod/web: error BOSUN5103: server-side apply conflict: .spec.replicas is managed by \"kubectl\"", e.Diagnostic.FormatHeadline());
        Assert.Equal([new FieldManagerConflict("kubectl", ".spec.replicas", null)], e.Conflicts);
    }

    [Fact]
    public async Task Apply_UnknownKind_RefetchesCachedDiscoveryOnceThenFails()
    {
        var (client, handler) = Create(_ => Json("{}"));
        var widget = Obj("""{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"}}""");

        var first = await Assert.ThrowsAsync<BosunException>(() => client.ApplyAsync(widget, null, CancellationToken.None));
        Assert.Equal(2, handler.Requests.Count);
        await Assert.ThrowsAsync<BosunException>(() => client.ApplyAsync(widget, null, CancellationToken.None));

        Assert.Equal("error BOSUN5150: no matches for kind \"Widget\" in version \"example.com/v1\"", first.Diagnostic.FormatHeadline());
        Assert.Equal(4, handler.Requests.Count);
    }

    [Theory]
    [InlineData("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{}}""", "error BOSUN5152: invalid object: ConfigMap has no metadata.name")]
    [InlineData("""{"kind":"ConfigMap","metadata":{"name":"x"}}""", "error BOSUN5152: invalid object: apiVersion not set")]
    [InlineData("""{"apiVersion":"v1","metadata":{"name":"x"}}""", "error BOSUN5152: invalid object: kind not set")]
    public async Task Apply_IncompleteObject_IsObjectInvalid(string json, string expected)
    {
        var (client, _) = Create(_ => Json("{}"));

        var e = await Assert.ThrowsAsync<BosunException>(() => client.ApplyAsync(Obj(json), null, CancellationToken.None));

        Assert.Equal(expected, e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public async Task Get_NotFound_IsKubeApiExceptionAndTryGetReturnsNull()
    {
        var (client, handler) = Create(_ => Json("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"configmaps \"x\" not found","reason":"NotFound","details":{"name":"x","kind":"configmaps"},"code":404}""", HttpStatusCode.NotFound));

        var e = await Assert.ThrowsAsync<KubeApiException>(() => client.GetAsync(ConfigMaps, null, "x", CancellationToken.None));
        var missing = await client.TryGetAsync(ConfigMaps, "other", "x", CancellationToken.None);

        Assert.Equal("ConfigMap/demo/x: error BOSUN5100: configmaps \"x\" not found", e.Diagnostic.FormatHeadline());
        Assert.True(e.IsNotFound);
        Assert.Null(missing);
        Assert.Equal("https://k:6443/api/v1/namespaces/demo/configmaps/x", handler.Requests[0].Uri);
        Assert.Equal("https://k:6443/api/v1/namespaces/other/configmaps/x", handler.Requests[1].Uri);
    }

    [Fact]
    public async Task Get_ClusterScoped_IgnoresNamespace()
    {
        var (client, handler) = Create(_ => Json("""{"kind":"Namespace","metadata":{"name":"a"}}"""));

        await client.GetAsync(Namespaces, "demo", "a", CancellationToken.None);

        Assert.Equal("https://k:6443/api/v1/namespaces/a", handler.Requests[0].Uri);
    }

    [Fact]
    public async Task List_SelectorsAndPaging_FollowContinue()
    {
        var (client, handler) = Create(r => new Uri("http://x" + r.RequestUri?.PathAndQuery).Query.Contains("continue=") switch
        {
            false => Json("""{"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"100","continue":"tok/1=","remainingItemCount":1},"items":[{"metadata":{"name":"a"}},{"metadata":{"name":"b"}}]}"""),
            true => Json("""{"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"100"},"items":[{"metadata":{"name":"c"}}]}"""),
        });

        var all = new List<string>();
        await foreach (var item in client.ListAllAsync(ConfigMaps, "demo", new ListOptions { LabelSelector = "app=web,tier!=db", FieldSelector = "metadata.name!=z", Limit = 2 }, CancellationToken.None))
        {
            all.Add($"{item["apiVersion"]}/{item["kind"]}/{KubeJson.GetString(item, "metadata.name")}");
        }

        Assert.Equal(["v1/ConfigMap/a", "v1/ConfigMap/b", "v1/ConfigMap/c"], all);
        Assert.Equal(
            [
                "https://k:6443/api/v1/namespaces/demo/configmaps?labelSelector=app%3Dweb%2Ctier%21%3Ddb&fieldSelector=metadata.name%21%3Dz&limit=2",
                "https://k:6443/api/v1/namespaces/demo/configmaps?labelSelector=app%3Dweb%2Ctier%21%3Ddb&fieldSelector=metadata.name%21%3Dz&limit=2&continue=tok%2F1%3D",
            ],
            handler.Requests.Select(r => r.Uri));
    }

    [Fact]
    public async Task List_PageResult_CarriesResourceVersionAndRemainingCount()
    {
        var (client, handler) = Create(_ => Json("""{"kind":"DeploymentList","metadata":{"resourceVersion":"55","continue":"c1","remainingItemCount":7},"items":[]}"""));

        var page = await client.ListAsync(Deployments, null, new ListOptions { Limit = 500, ResourceVersion = "0" }, CancellationToken.None);

        Assert.Equal(("55", "c1", (long?)7), (page.ResourceVersion, page.Continue, page.RemainingItemCount));
        Assert.Equal("https://k:6443/apis/apps/v1/deployments?limit=500&resourceVersion=0", handler.Requests[0].Uri);
    }

    [Fact]
    public async Task List_ExpiredContinueToken_Is410()
    {
        var (client, _) = Create(_ => Json("""{"kind":"Status","status":"Failure","message":"The provided continue parameter is too old to display a consistent list result.","reason":"Expired","code":410}""", HttpStatusCode.Gone));

        var e = await Assert.ThrowsAsync<KubeApiException>(() => client.ListAsync(ConfigMaps, "demo", new ListOptions { Continue = "old" }, CancellationToken.None));

        Assert.True(e.IsExpired);
        Assert.Equal("configmaps: error BOSUN5112: The provided continue parameter is too old to display a consistent list result.", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public async Task Delete_SendsDeleteOptionsBody()
    {
        var (client, handler) = Create(_ => Json("""{"kind":"Status","apiVersion":"v1","status":"Success","details":{"name":"web","kind":"deployments"}}"""));

        var result = await client.DeleteAsync(Deployments, "prod", "web", new DeleteOptions { PropagationPolicy = "Foreground", DryRun = true, GracePeriodSeconds = 0, PreconditionUid = "u-1" }, CancellationToken.None);

        Assert.Null(result);
        Assert.Equal("DELETE", handler.Requests[0].Method);
        Assert.Equal("https://k:6443/apis/apps/v1/namespaces/prod/deployments/web", handler.Requests[0].Uri);
        Assert.Equal("""{"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Foreground","gracePeriodSeconds":0,"dryRun":["All"],"preconditions":{"uid":"u-1"}}""", handler.Requests[0].Body);
        Assert.Equal("application/json", handler.Requests[0].ContentType);
    }

    [Fact]
    public async Task Delete_WithFinalizers_ReturnsTheObject()
    {
        var (client, handler) = Create(_ => Json("""{"kind":"ConfigMap","metadata":{"name":"x","deletionTimestamp":"2026-11-22T08:00:00Z","finalizers":["f"]}}"""));

        var result = await client.DeleteAsync(ConfigMaps, null, "x", null, CancellationToken.None);

        Assert.Equal("2026-11-22T08:00:00Z", KubeJson.GetString(result, "metadata.deletionTimestamp"));
        Assert.Equal("""{"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Background"}""", handler.Requests[0].Body);
    }

    [Fact]
    public async Task CreateUpdatePatch_RequestShapes()
    {
        var (client, handler) = Create(_ => Json("""{"kind":"ConfigMap"}"""));
        var cm = Obj("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","resourceVersion":"4"},"data":{"a":"1"}}""");

        await client.CreateAsync(cm, CancellationToken.None, dryRun: true);
        await client.UpdateAsync(cm, CancellationToken.None);
        await client.PatchAsync(ConfigMaps, null, "x", "application/merge-patch+json", JsonNode.Parse("""{"data":{"a":"2"}}""") ?? new JsonObject(), CancellationToken.None);

        var requests = handler.Requests.Skip(2).Select(r => $"{r.Method} {r.Uri} {r.ContentType}").ToList();
        Assert.Equal(
            [
                "POST https://k:6443/api/v1/namespaces/demo/configmaps?dryRun=All&fieldManager=bosun application/json",
                "PUT https://k:6443/api/v1/namespaces/demo/configmaps/x?fieldManager=bosun application/json",
                "PATCH https://k:6443/api/v1/namespaces/demo/configmaps/x?fieldManager=bosun application/merge-patch+json",
            ],
            requests);
    }

    [Fact]
    public async Task ServerWithPathPrefix_IsKept()
    {
        var (client, handler) = Create(r => Json("""{"major":"1","minor":"33","gitVersion":"v1.33.0"}"""), server: "https://rancher.example/k8s/clusters/c-1");

        var version = await client.GetVersionAsync(CancellationToken.None);

        Assert.Equal("v1.33.0", KubeJson.GetString(version, "gitVersion"));
        Assert.Equal("https://rancher.example/k8s/clusters/c-1/version", handler.Requests[0].Uri);
    }

    [Fact]
    public async Task NonStatusErrorBody_IsUnexpectedResponse()
    {
        var (client, _) = Create(_ => ScriptedHandler.Response(HttpStatusCode.BadRequest, "<html>proxy says no</html>", "text/html"));

        var e = await Assert.ThrowsAsync<KubeApiException>(() => client.GetAsync(ConfigMaps, null, "x", CancellationToken.None));

        Assert.Equal("ConfigMap/demo/x: error BOSUN5054: unexpected response from the server for GET /api/v1/namespaces/demo/configmaps/x: HTTP 400: <html>proxy says no</html>", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public async Task ConnectionRefused_IsKubectlMessage()
    {
        var (client, _) = Create(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused)));

        var e = await Assert.ThrowsAsync<BosunException>(() => client.GetVersionAsync(CancellationToken.None));

        Assert.Equal("error BOSUN5050: the connection to the server k:6443 was refused - did you specify the right host or port?", e.Diagnostic.FormatHeadline());
        Assert.True(e.Diagnostic.Descriptor.Transient);
    }

    [Fact]
    public async Task TlsFailure_IsTlsDiagnostic()
    {
        var (client, _) = Create(_ => throw new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established, see inner exception.", new System.Security.Authentication.AuthenticationException("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot")));

        var e = await Assert.ThrowsAsync<BosunException>(() => client.GetVersionAsync(CancellationToken.None));

        Assert.Equal("error BOSUN5052: TLS handshake with k:6443 failed: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public async Task Timeout_IsRequestTimeoutDiagnostic()
    {
        var time = new ManualTimeProvider();
        var handler = new ScriptedHandler().Then(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var client = KubeClient.Create(new Bosun.Kube.Config.KubeConnection(new Uri("https://k:6443")), new Bosun.Kube.Http.KubeHttpOptions { TimeProvider = time, Timeout = TimeSpan.FromSeconds(32), MaxRetries = 0 }, handler);

        var call = client.GetVersionAsync(CancellationToken.None);
        while (handler.Requests.Count == 0)
        {
            await Task.Delay(1);
        }

        time.Advance(TimeSpan.FromSeconds(32));
        var e = await Assert.ThrowsAsync<BosunException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("error BOSUN5053: GET /version timed out after 32s", e.Diagnostic.FormatHeadline());
    }
}
