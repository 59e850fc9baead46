using Bosun.Core.Diagnostics;
using Bosun.Kube.Emulator.Store;
using Bosun.Kube.Emulator.Tests.Support;
using Bosun.Testing;

namespace Bosun.Kube.Emulator.Tests.Store;

/// <summary>The optional state file of <c>bosun sim --state</c>.</summary>
public sealed class StateFileTests
{
    [Fact]
    public async Task SaveThenLoad_RestoresObjectsCrdTypesAndResourceVersion()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "state.json");
        string rv;
        using (var c = new InProcessCluster())
        {
            await c.PostAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", """
                {"metadata":{"name":"widgets.example.com"},"spec":{"group":"example.com","scope":"Namespaced",
                 "names":{"plural":"widgets","kind":"Widget"},"versions":[{"name":"v1","served":true,"storage":true}]}}
                """);
            await c.PostAsync("/apis/example.com/v1/namespaces/default/widgets", """{"metadata":{"name":"w"},"spec":{"size":1}}""");
            rv = (await c.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"name":"x"},"data":{"a":"1"}}""")).Json["metadata"]!["resourceVersion"]!.GetValue<string>();
            StateFile.Save(c.Emulator.Store, path);
        }

        using var restored = new InProcessCluster();
        StateFile.Load(restored.Emulator.Store, path);
        var cm = await restored.GetAsync("/api/v1/namespaces/default/configmaps/x");
        Assert.Equal("1", cm.Json["data"]!["a"]!.GetValue<string>());
        Assert.Equal(rv, cm.Json["metadata"]!["resourceVersion"]!.GetValue<string>());
        Assert.Equal(200, (await restored.GetAsync("/apis/example.com/v1/namespaces/default/widgets/w")).Status);
        var next = await restored.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"name":"y"}}""");
        Assert.True(long.Parse(next.Json["metadata"]!["resourceVersion"]!.GetValue<string>()) > long.Parse(rv));
    }

    [Fact]
    public void Load_MissingFile_EmptyCluster()
    {
        using var c = new InProcessCluster();
        StateFile.Load(c.Emulator.Store, "/nonexistent/state.json");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"kind":"Something"}""")]
    [InlineData("[]")]
    public void Load_Malformed_Bosun5200(string text)
    {
        using var dir = new TempDirectory();
        string path = dir.Write("state.json", text);
        using var c = new InProcessCluster();
        var ex = Assert.Throws<BosunException>(() => StateFile.Load(c.Emulator.Store, path));
        Assert.Equal("BOSUN5200", ex.Diagnostic.Descriptor.Code);
    }
}
