using System.Net;
using System.Text;
using Bosun.Kube.Emulator.Hosting;

namespace Bosun.Kube.Emulator.Tests.Store;

public sealed class NamespaceLifecycleTests
{
    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task DeleteNamespace_ContentStaysUntilController_ThenGone()
    {
        using var emulator = new KubeEmulator(new EmulatorOptions { NamespaceCleanupDelay = TimeSpan.FromMilliseconds(300) });
        using var client = new HttpClient(new EmuApi(emulator)) { BaseAddress = EmuApi.BaseAddress };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("api/v1/namespaces", JsonBody("""{"metadata":{"name":"demo"}}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("api/v1/namespaces/demo/configmaps", JsonBody("""{"metadata":{"name":"c"}}"""))).StatusCode);
        var deleted = await client.DeleteAsync("api/v1/namespaces/demo");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Contains("\"phase\":\"Terminating\"", await deleted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/v1/namespaces/demo/configmaps/c")).StatusCode);
        var forbidden = await client.PostAsync("api/v1/namespaces/demo/configmaps", JsonBody("""{"metadata":{"name":"d"}}"""));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"configmaps \"d\" is forbidden: unable to create new content in namespace demo because it is being terminated","reason":"Forbidden","details":{"name":"d","kind":"configmaps","causes":[{"reason":"NamespaceTerminating","message":"namespace demo is being terminated","field":"metadata.namespace"}]},"code":403}""",
            await forbidden.Content.ReadAsStringAsync());
        for (int i = 0; i < 100 && (await client.GetAsync("api/v1/namespaces/demo")).StatusCode != HttpStatusCode.NotFound; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("api/v1/namespaces/demo/configmaps/c")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("api/v1/namespaces/demo")).StatusCode);
    }
}
