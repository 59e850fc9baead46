using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;
using Bosun.Kube.Emulator.Patches;
using static Bosun.Kube.Emulator.Tests.Apply.Json;

namespace Bosun.Kube.Emulator.Tests.Patches;

public class PatchApplierTests
{
    private static readonly MergeSchema s_deployment = MergeSchema.ForBuiltIn("apps", "Deployment");

    private static JsonObject Live() => Obj("""
        {'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'web','labels':{'app':'web','tier':'fe'},'finalizers':['a','b']},
         'spec':{'replicas':2,'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxSurge':1}},
          'template':{'spec':{'containers':[
            {'name':'web','image':'nginx:1','env':[{'name':'A','value':'1'},{'name':'B','value':'2'}],'ports':[{'containerPort':80}],'args':['x','y']},
            {'name':'log','image':'busybox'}],
          'tolerations':[{'key':'k1','operator':'Exists'}]}}}}
        """);

    private static string Patch(string type, string patch) => Compact(PatchApplier.Apply(Live(), type, Node(patch), s_deployment));

    private static PatchException Fails(string type, string patch) =>
        Assert.Throws<PatchException>(() => PatchApplier.Apply(Live(), type, Node(patch), s_deployment));

    // ---- JSON patch (RFC 6902)

    [Fact]
    public void JsonPatch_AllOperations_ApplyInOrder()
    {
        var result = PatchApplier.Apply(Live(), PatchApplier.JsonPatch, Node("""
            [{'op':'test','path':'/spec/replicas','value':2},
             {'op':'replace','path':'/spec/replicas','value':3},
             {'op':'add','path':'/metadata/labels/new','value':'v'},
             {'op':'remove','path':'/metadata/labels/tier'},
             {'op':'add','path':'/metadata/finalizers/-','value':'c'},
             {'op':'add','path':'/metadata/finalizers/0','value':'z'},
             {'op':'copy','from':'/spec/replicas','path':'/metadata/annotations'},
             {'op':'move','from':'/metadata/annotations','path':'/spec/minReadySeconds'},
             {'op':'add','path':'/metadata/labels/a~1b','value':'slash'}]
            """), s_deployment);
        Assert.Equal(Q("{'name':'web','labels':{'app':'web','new':'v','a/b':'slash'},'finalizers':['z','a','b','c']}"), Compact(result["metadata"]));
        Assert.Equal(3, result["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal(3, result["spec"]!["minReadySeconds"]!.GetValue<int>());
    }

    [Fact]
    public void JsonPatch_DoesNotChangeLive()
    {
        var live = Live();
        PatchApplier.Apply(live, PatchApplier.JsonPatch, Node("[{'op':'remove','path':'/spec'}]"), s_deployment);
        Assert.Equal(Compact(Live()), Compact(live));
    }

    [Theory]
    [InlineData("[{'op':'test','path':'/spec/replicas','value':5}]", "testing value /spec/replicas failed: test failed")]
    [InlineData("[{'op':'test','path':'/spec/nope','value':5}]", "testing value /spec/nope failed: test failed")]
    [InlineData("[{'op':'remove','path':'/spec/nope'}]", "error in remove for path: '/spec/nope': Unable to remove nonexistent key: nope: missing value")]
    [InlineData("[{'op':'remove','path':'/nope/x'}]", "remove operation does not apply: doc is missing path: \"/nope/x\": missing value")]
    [InlineData("[{'op':'add','path':'/a/b/c','value':1}]", "add operation does not apply: doc is missing path: \"/a/b/c\": missing value")]
    [InlineData("[{'op':'add','path':'/metadata/finalizers/9','value':'x'}]", "error in add for path: '/metadata/finalizers/9': Unable to access invalid index: 9: invalid index referenced")]
    [InlineData("[{'op':'replace','path':'/metadata/finalizers/5','value':'x'}]", "replace operation does not apply: doc is missing key: /metadata/finalizers/5: missing value")]
    [InlineData("[{'op':'move','from':'/nope/x','path':'/a'}]", "move operation does not apply: doc is missing from path: /nope/x: missing value")]
    [InlineData("[{'op':'copy','from':'/spec/replicas','path':'/x/y'}]", "copy operation does not apply: doc is missing destination path: /x/y: missing value")]
    [InlineData("[{'op':'frobnicate','path':'/a'}]", "Unexpected kind: frobnicate")]
    [InlineData("[{'op':'add','value':1}]", "add operation failed to decode path: missing value")]
    public void JsonPatch_Failures_Return422WithEvanphxMessage(string patch, string message)
    {
        var e = Fails(PatchApplier.JsonPatch, patch);
        Assert.Equal(message, e.Message);
        Assert.Equal(422, e.StatusCode);
    }

    [Theory]
    [InlineData("{'op':'add'}", "error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp")]
    [InlineData("[1]", "error decoding patch: json: cannot unmarshal number into Go value of type handlers.jsonPatchOp")]
    public void JsonPatch_NotAList_Returns400(string patch, string message)
    {
        var e = Fails(PatchApplier.JsonPatch, patch);
        Assert.Equal(message, e.Message);
        Assert.Equal(400, e.StatusCode);
    }

    [Fact]
    public void JsonPatch_ReplaceMissingObjectKey_AddsItLikeTheServer()
    {
        Assert.Contains(Q("'paused':true"), Patch(PatchApplier.JsonPatch, "[{'op':'replace','path':'/spec/paused','value':true}]"));
    }

    // ---- JSON merge patch (RFC 7386)

    [Fact]
    public void MergePatch_NullDeletesObjectsMergeListsReplace()
    {
        var result = PatchApplier.Apply(Live(), "application/merge-patch+json; charset=utf-8",
            Node("{'metadata':{'labels':{'tier':null,'x':'y'}},'spec':{'replicas':5,'strategy':null,'template':{'spec':{'containers':[{'name':'only'}]}},'selector':{'a':{'b':null,'c':1}}}}"),
            s_deployment);
        Assert.Equal(Q("{'app':'web','x':'y'}"), Compact(result["metadata"]!["labels"]));
        Assert.Equal(Q("{'replicas':5,'template':{'spec':{'containers':[{'name':'only'}],'tolerations':[{'key':'k1','operator':'Exists'}]}},'selector':{'a':{'c':1}}}"), Compact(result["spec"]));
    }

    [Fact]
    public void MergePatch_NotAnObject_Returns400()
    {
        var e = Fails(PatchApplier.MergePatch, "[1]");
        Assert.Equal("error decoding patch: json: cannot unmarshal array into Go value of type map[string]interface {}", e.Message);
        Assert.Equal(400, e.StatusCode);
    }

    // ---- strategic merge patch

    [Fact]
    public void StrategicMergePatch_ContainersMergeByNameAndEnvByName()
    {
        // apimachinery's mergeSortedSlice puts the new container before "log": "log" cannot be compared with it.
        var result = PatchApplier.Apply(Live(), PatchApplier.StrategicMergePatch, Node("""
            {'spec':{'template':{'spec':{'containers':[{'name':'web','image':'nginx:2','env':[{'name':'B','value':'3'},{'name':'C','value':'4'}]},{'name':'new','image':'x'}]}}}}
            """), s_deployment);
        Assert.Equal(
            Q("[{'name':'web','image':'nginx:2','env':[{'name':'A','value':'1'},{'name':'B','value':'3'},{'name':'C','value':'4'}],'ports':[{'containerPort':80}],'args':['x','y']},{'name':'new','image':'x'},{'name':'log','image':'busybox'}]"),
            Compact(result["spec"]!["template"]!["spec"]!["containers"]));
    }

    [Fact]
    public void StrategicMergePatch_AtomicListsReplacedAndPrimitiveSetsMerged()
    {
        var result = PatchApplier.Apply(Live(), PatchApplier.StrategicMergePatch, Node("""
            {'metadata':{'finalizers':['c','a']},'spec':{'template':{'spec':{'tolerations':[{'key':'k2','operator':'Exists'}],'containers':[{'name':'web','args':['z']}]}}}}
            """), s_deployment);
        // Patch items keep the patch's order and go before live-only items they precede in the live list.
        Assert.Equal(Q("['c','a','b']"), Compact(result["metadata"]!["finalizers"]));
        Assert.Equal(Q("[{'key':'k2','operator':'Exists'}]"), Compact(result["spec"]!["template"]!["spec"]!["tolerations"]));
        Assert.Equal(Q("['z']"), Compact(result["spec"]!["template"]!["spec"]!["containers"]![0]!["args"]));
    }

    [Fact]
    public void StrategicMergePatch_PatchDeleteAndReplaceDirectives()
    {
        var deleted = PatchApplier.Apply(Live(), PatchApplier.StrategicMergePatch,
            Node("{'spec':{'template':{'spec':{'containers':[{'name':'log','$patch':'delete'},{'name':'web','env':[{'name':'A','$patch':'delete'}]}]}}}}"), s_deployment);
        var containers = deleted["spec"]!["template"]!["spec"]!["containers"]!.AsArray();
        Assert.Equal(["web"], containers.Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(Q("[{'name':'B','value':'2'}]"), Compact(containers[0]!["env"]));

        var replaced = PatchApplier.Apply(Live(), PatchApplier.StrategicMergePatch,
            Node("{'metadata':{'labels':{'$patch':'replace','only':'x'}},'spec':{'template':{'spec':{'containers':[{'name':'solo','image':'s'},{'$patch':'replace'}]}}}}"), s_deployment);
        Assert.Equal(Q("{'only':'x'}"), Compact(replaced["metadata"]!["labels"]));
        Assert.Equal(Q("[{'name':'solo','image':'s'}]"), Compact(replaced["spec"]!["template"]!["spec"]!["containers"]));

        var emptied = PatchApplier.Apply(Live(), PatchApplier.StrategicMergePatch, Node("{'spec':{'strategy':{'$patch':'delete'}}}"), s_deployment);
        Assert.Equal("{}", Compact(emptied["spec"]!["strategy"]));
    }

    [Fact]
    public void StrategicMergePatch_RetainKeys_ClearsOtherFields()
    {
        var result = PatchApplier.Apply(Live(), PatchApplier.StrategicMergePatch,
            Node("{'spec':{'strategy':{'$retainKeys':['type'],'type':'Recreate'}}}"), s_deployment);
        Assert.Equal(Q("{'type':'Recreate'}"), Compact(result["spec"]!["strategy"]));
    }

    [Fact]
    public void StrategicMergePatch_SetElementOrder_OrdersMergedList()
    {
        var result = PatchApplier.Apply(Live(), PatchApplier.StrategicMergePatch, Node("""
            {'spec':{'template':{'spec':{'$setElementOrder/containers':[{'name':'log'},{'name':'web'}],'containers':[{'name':'web','image':'nginx:3'}]}}}}
            """), s_deployment);
        Assert.Equal(["log", "web"], result["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal("nginx:3", result["spec"]!["template"]!["spec"]!["containers"]![1]!["image"]!.GetValue<string>());
    }

    [Fact]
    public void StrategicMergePatch_DeleteFromPrimitiveList_RemovesValues()
    {
        var result = PatchApplier.Apply(Live(), PatchApplier.StrategicMergePatch,
            Node("{'metadata':{'$deleteFromPrimitiveList/finalizers':['a'],'$deleteFromPrimitiveList/missing':['q']}}"), s_deployment);
        Assert.Equal(Q("['b']"), Compact(result["metadata"]!["finalizers"]));
        Assert.False(result["metadata"]!.AsObject().ContainsKey("missing"));
    }

    [Fact]
    public void StrategicMergePatch_NullDeletesAndNewValuesLoseNulls()
    {
        var result = PatchApplier.Apply(Live(), PatchApplier.StrategicMergePatch,
            Node("{'metadata':{'labels':{'tier':null}},'spec':{'paused':true,'selector':{'matchLabels':{'a':'b','c':null}}}}"), s_deployment);
        Assert.Equal(Q("{'app':'web'}"), Compact(result["metadata"]!["labels"]));
        Assert.Equal(Q("{'matchLabels':{'a':'b'}}"), Compact(result["spec"]!["selector"]));
    }

    [Theory]
    [InlineData("{'spec':{'template':{'spec':{'containers':[{'image':'x'}]}}}}", 500, "map: map[image:x] does not contain declared merge key: name")]
    [InlineData("{'spec':{'template':{'spec':{'containers':[{'$patch':'delete'}]}}}}", 500, "map: map[$patch:delete] does not contain declared merge key: name")]
    [InlineData("{'metadata':{'labels':{'$patch':'bogus'}}}", 500, "unknown patch type: bogus in map: map[$patch:bogus]")]
    [InlineData("{'spec':{'template':{'spec':{'containers':[{'name':'web','$patch':'merge'}]}}}}", 500, "merging lists cannot yet be specified in the patch")]
    [InlineData("{'spec':{'strategy':{'$retainKeys':'type'}}}", 400, "invalid patch format of retainKeys")]
    [InlineData("{'spec':{'strategy':{'$retainKeys':['type'],'rollingUpdate':{}}}}", 400, "invalid patch format of retainKeys")]
    [InlineData("{'metadata':{'$deleteFromPrimitiveList/finalizers':'a'}}", 400, "invalid patch format of primitive list")]
    [InlineData("{'spec':{'template':{'spec':{'$setElementOrder/containers':[{'name':'log'}],'containers':[{'name':'web'}]}}}}", 400, "invalid patch format of setElementOrder list")]
    [InlineData("{'metadata':{'finalizers':[['x']]}}", 422, "lists of lists are not supported")]
    public void StrategicMergePatch_Malformed_ReturnsApiServerError(string patch, int code, string message)
    {
        var e = Fails(PatchApplier.StrategicMergePatch, patch);
        Assert.Equal(message, e.Message);
        Assert.Equal(code, e.StatusCode);
    }

    [Fact]
    public void Apply_UnknownMediaType_Returns415()
    {
        var e = Fails("application/xml", "{}");
        Assert.Equal(415, e.StatusCode);
        Assert.StartsWith("the body of the request was in an unknown format - accepted media types include: ", e.Message);
    }

    [Fact]
    public void StrategicMergePatch_CustomResource_Returns415()
    {
        var schema = MergeSchema.FromOpenApiV3(null);
        var e = Assert.Throws<PatchException>(() => PatchApplier.Apply(Obj("{'apiVersion':'ex.io/v1','kind':'W','metadata':{'name':'w'}}"), PatchApplier.StrategicMergePatch, Node("{}"), schema));
        Assert.Equal(415, e.StatusCode);
        Assert.Equal("the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml", e.Message);
        Assert.Equal(Q("{'apiVersion':'ex.io/v1','kind':'W','metadata':{'name':'w','labels':{'a':'b'}}}"),
            Compact(PatchApplier.Apply(Obj("{'apiVersion':'ex.io/v1','kind':'W','metadata':{'name':'w'}}"), PatchApplier.MergePatch, Node("{'metadata':{'labels':{'a':'b'}}}"), schema)));
    }
}
