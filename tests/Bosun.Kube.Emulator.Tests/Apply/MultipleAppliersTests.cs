using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;
using static Bosun.Kube.Emulator.Tests.Apply.Json;

namespace Bosun.Kube.Emulator.Tests.Apply;

/// <summary>Removal with several appliers and an updater sharing list items (scenarios of SMD's multiple-appliers semantics).</summary>
public class MultipleAppliersTests
{
    private static readonly MergeSchema s_schema = MergeSchema.FromOpenApiV3(Obj("""
        {'type':'object','properties':{'spec':{'type':'object','properties':{
          'listOfLists':{'type':'array','x-kubernetes-list-type':'map','x-kubernetes-list-map-keys':['name'],
            'items':{'type':'object','properties':{'name':{'type':'string'},
              'value':{'type':'array','x-kubernetes-list-type':'set','items':{'type':'string'}}}}}}}}}
        """));

    private static readonly DateTimeOffset s_t0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static JsonObject Cr(string listOfLists) => Obj("{'apiVersion':'ex.io/v1','kind':'L','metadata':{'name':'l'},'spec':{'listOfLists':" + listOfLists + "}}");

    private static ApplyContext Ctx(string manager, int minute) => new(manager, false, null, s_schema, s_t0.AddMinutes(minute)) { HasStatusSubresource = false };

    private static JsonObject Apply(JsonObject? live, string manager, string list, int minute)
    {
        var r = ServerSideApply.Apply(live, Cr(list), Ctx(manager, minute));
        Assert.Empty(r.Conflicts);
        return r.Object!;
    }

    private static Dictionary<string, string> Fields(JsonObject obj) =>
        obj["metadata"]!["managedFields"]!.AsArray().ToDictionary(e => e!["manager"]!.GetValue<string>(), e => Compact(e!["fieldsV1"]));

    [Fact]
    public void Apply_DropItemWhoseSubitemsOthersOwn_KeepsItemWithTheirValues()
    {
        var obj = Apply(null, "apply-one", "[{'name':'a'},{'name':'b','value':['c']}]", 0);
        obj = Apply(obj, "apply-two", "[{'name':'b','value':['d']}]", 1);
        obj = ServerSideApply.Update(obj, Cr("[{'name':'a'},{'name':'b','value':['c','d','e']}]"), Ctx("controller", 2));
        obj = Apply(obj, "apply-one", "[{'name':'a'}]", 3);

        Assert.Equal(Q("[{'name':'a'},{'name':'b','value':['d','e']}]"), Compact(obj["spec"]!["listOfLists"]));
        var fields = Fields(obj);
        Assert.Equal(Q("{'f:spec':{'f:listOfLists':{'k:{\\'name\\':\\'a\\'}':{'.':{},'f:name':{}}}}}"), fields["apply-one"]);
        Assert.Equal(Q("{'f:spec':{'f:listOfLists':{'k:{\\'name\\':\\'b\\'}':{'.':{},'f:name':{},'f:value':{'v:\\'d\\'':{}}}}}}"), fields["apply-two"]);
        Assert.Equal(Q("{'f:spec':{'f:listOfLists':{'k:{\\'name\\':\\'b\\'}':{'f:value':{'v:\\'e\\'':{}}}}}}"), fields["controller"]);
    }

    [Fact]
    public void Apply_DropItemOnlyAnUpdaterTouched_RemovesItemAndUpdaterLosesIt()
    {
        var obj = Apply(null, "apply-one", "[{'name':'a'},{'name':'b','value':['c']}]", 0);
        obj = Apply(obj, "apply-two", "[{'name':'a','value':['b']}]", 1);
        obj = ServerSideApply.Update(obj, Cr("[{'name':'a','value':['b']},{'name':'b','value':['c','d']}]"), Ctx("controller", 2));
        obj = Apply(obj, "apply-one", "[{'name':'a'}]", 3);

        Assert.Equal(Q("[{'name':'a','value':['b']}]"), Compact(obj["spec"]!["listOfLists"]));
        var fields = Fields(obj);
        Assert.Equal(["apply-one", "apply-two"], fields.Keys.Order());
        Assert.Equal(Q("{'f:spec':{'f:listOfLists':{'k:{\\'name\\':\\'a\\'}':{'.':{},'f:name':{},'f:value':{'v:\\'b\\'':{}}}}}}"), fields["apply-two"]);
    }

    [Fact]
    public void Apply_UnsetScalarSharedWithUpdater_KeepsValue()
    {
        var cm = MergeSchema.ForBuiltIn("", "ConfigMap");
        var ctx = new ApplyContext("apply", false, null, cm, s_t0) { HasStatusSubresource = false };
        var obj = ServerSideApply.Apply(null, Obj("{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'c'},'data':{'a':'1','b':'2'}}"), ctx).Object!;
        var edited = (JsonObject)obj.DeepClone();
        edited["data"]!["b"] = "3";
        obj = ServerSideApply.Update(obj, edited, ctx with { Manager = "editor" });
        obj = ServerSideApply.Apply(obj, Obj("{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'c'},'data':{'a':'1'}}"), ctx).Object!;
        Assert.Equal(Q("{'a':'1','b':'3'}"), Compact(obj["data"]));
    }
}
