using Bosun.Kube.Emulator.Apply;
using static Bosun.Kube.Emulator.Tests.Apply.Json;

namespace Bosun.Kube.Emulator.Tests.Apply;

public class ManagerEntryTests
{
    [Fact]
    public void ReadAll_WriteAll_RoundTripInServerOrder()
    {
        var json = Q("[{'manager':'b','operation':'Update','apiVersion':'v1','time':'2026-01-01T00:00:00Z','fieldsType':'FieldsV1','fieldsV1':{'f:data':{}}}," +
                     "{'manager':'a','operation':'Apply','apiVersion':'v1','time':'2026-02-01T00:00:00Z','fieldsType':'FieldsV1','fieldsV1':{'f:x':{}},'subresource':'status'}]");
        var entries = ManagerEntry.ReadAll(System.Text.Json.Nodes.JsonNode.Parse(json));
        Assert.Equal(
            Q("[{'manager':'a','operation':'Apply','apiVersion':'v1','time':'2026-02-01T00:00:00Z','fieldsType':'FieldsV1','fieldsV1':{'f:x':{}},'subresource':'status'}," +
              "{'manager':'b','operation':'Update','apiVersion':'v1','time':'2026-01-01T00:00:00Z','fieldsType':'FieldsV1','fieldsV1':{'f:data':{}}}]"),
            Compact(ManagerEntry.WriteAll(entries)));
        Assert.Equal(Q("{'manager':'a','operation':'Apply','subresource':'status'}"), entries[1].Identifier);
        Assert.Equal(Q("{'manager':'b','operation':'Update','apiVersion':'v1'}"), entries[0].Identifier);
    }

    [Theory]
    [InlineData("{}", "managedFields must be a list")]
    [InlineData("[1]", "managedFields entries must be objects")]
    [InlineData("[{'manager':'m','operation':'Patch'}]", "managedFields entry of \"m\" has operation \"Patch\", not Apply or Update")]
    [InlineData("[{'manager':'m','operation':'Apply','fieldsType':'FieldsV2'}]", "managedFields entry of \"m\" has fieldsType \"FieldsV2\", not FieldsV1")]
    [InlineData("[{'manager':'m','operation':'Apply','fieldsV1':{'q':{}}}]", "fieldsV1 \"q\": key must be 2 characters long")]
    public void ReadAll_Malformed_Throws(string json, string message)
    {
        var e = Assert.Throws<FieldsV1Exception>(() => ManagerEntry.ReadAll(Node(json)));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Apply_LiveWithUndecodableManagedFields_ResetsThem()
    {
        var live = Obj("{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'c','managedFields':[{'manager':'x','operation':'Bogus'}]},'data':{'a':'1'}}");
        var r = ServerSideApply.Apply(live, Obj("{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'c'},'data':{'a':'2'}}"),
            new ApplyContext("m", false, null, MergeSchema.ForBuiltIn("", "ConfigMap"), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) { HasStatusSubresource = false });
        Assert.Equal(
            Q("[{'manager':'m','operation':'Apply','apiVersion':'v1','time':'2026-01-01T00:00:00Z','fieldsType':'FieldsV1','fieldsV1':{'f:data':{'f:a':{}}}}]"),
            Compact(r.Object!["metadata"]!["managedFields"]));
    }
}
