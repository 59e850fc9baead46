using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;
using Bosun.Kube.Emulator.Patches;
using Bosun.Testing;
using static Bosun.Kube.Emulator.Tests.Apply.Json;

namespace Bosun.Kube.Emulator.Tests.Patches;

/// <summary>PatchApplier against <c>kubectl patch --local</c> (same patch libraries as the API server).</summary>
[Trait("Category", Oracles.Category)]
public class PatchApplierOracleTests
{
    private const string Deployment = """
        {'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'web','labels':{'app':'web','tier':'fe'},'finalizers':['a','b']},
         'spec':{'replicas':2,'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxSurge':1}},'selector':{'matchLabels':{'app':'web'}},
          'template':{'metadata':{'labels':{'app':'web'}},'spec':{'containers':[
            {'name':'web','image':'nginx:1','env':[{'name':'A','value':'1'},{'name':'B','value':'2'}],
             'ports':[{'containerPort':80,'protocol':'TCP'},{'containerPort':443}],'args':['x','y'],
             'volumeMounts':[{'name':'v','mountPath':'/a'},{'name':'w','mountPath':'/b'}]},
            {'name':'log','image':'busybox'}],
          'volumes':[{'name':'v','configMap':{'name':'c'}},{'name':'w','emptyDir':{}}],
          'tolerations':[{'key':'k1','operator':'Exists'}],'nodeSelector':{'disk':'ssd'}}}}}
        """;

    private const string Service = """
        {'apiVersion':'v1','kind':'Service','metadata':{'name':'s'},'spec':{'selector':{'app':'s'},'ports':[{'name':'http','port':80,'targetPort':8080},{'name':'https','port':443}]}}
        """;

    public static TheoryData<string, string, string> Cases => new()
    {
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'containers':[{'name':'web','image':'nginx:2','env':[{'name':'B','value':'3'},{'name':'C','value':'4'}]},{'name':'new','image':'x'}]}}}}" },
        { Deployment, "strategic", "{'metadata':{'finalizers':['c','a'],'labels':{'tier':null}}}" },
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'containers':[{'name':'log','$patch':'delete'},{'name':'web','ports':[{'containerPort':8080}]}]}}}}" },
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'containers':[{'name':'solo'},{'$patch':'replace'}]}}}}" },
        { Deployment, "strategic", "{'spec':{'strategy':{'$retainKeys':['type'],'type':'Recreate'}}}" },
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'volumes':[{'name':'v','$retainKeys':['name','secret'],'secret':{'secretName':'s'}}]}}}}" },
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'$setElementOrder/containers':[{'name':'log'},{'name':'web'}],'containers':[{'name':'web','image':'n:3'}]}}}}" },
        { Deployment, "strategic", "{'metadata':{'$deleteFromPrimitiveList/finalizers':['a']}}" },
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'tolerations':[{'key':'k2'}],'nodeSelector':{'zone':'a'}}}}}" },
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'containers':[{'name':'web','volumeMounts':[{'mountPath':'/c','name':'x'},{'mountPath':'/a','$patch':'delete'}]}]}}}}" },
        { Deployment, "strategic", "{'spec':{'selector':{'matchLabels':{'tier':'x'}},'paused':true,'template':{'metadata':{'annotations':{'a':'b','n':null}}}}}" },
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'containers':[{'image':'x'}]}}}}" },
        { Deployment, "strategic", "{'metadata':{'labels':{'$patch':'bogus'}}}" },
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'containers':[{'name':'web','$patch':'merge'}]}}}}" },
        { Deployment, "strategic", "{'spec':{'strategy':{'$retainKeys':['type'],'rollingUpdate':{}}}}" },
        { Service, "strategic", "{'spec':{'ports':[{'port':443,'targetPort':8443},{'port':8080,'name':'alt'}]}}" },
        { Service, "strategic", "{'spec':{'selector':{'app':null,'x':'y'}}}" },
        { Deployment, "merge", "{'metadata':{'labels':{'tier':null,'x':'y'}},'spec':{'replicas':5,'strategy':null,'template':{'spec':{'containers':[{'name':'only'}]}},'extra':{'a':{'b':null,'c':1}}}}" },
        { Deployment, "json", "[{'op':'test','path':'/spec/replicas','value':2},{'op':'replace','path':'/spec/replicas','value':3},{'op':'add','path':'/metadata/finalizers/-','value':'c'},{'op':'move','from':'/metadata/labels/tier','path':'/metadata/labels/t2'},{'op':'copy','from':'/spec/replicas','path':'/spec/minReadySeconds'},{'op':'remove','path':'/metadata/finalizers/0'},{'op':'add','path':'/metadata/annotations','value':{'a/b':'c'}},{'op':'replace','path':'/metadata/annotations/a~1b','value':'d'}]" },
        { Deployment, "json", "[{'op':'test','path':'/spec/replicas','value':5}]" },
        { Deployment, "json", "[{'op':'remove','path':'/spec/nope'}]" },
        { Deployment, "json", "[{'op':'add','path':'/a/b/c','value':1}]" },
        { Deployment, "json", "[{'op':'add','path':'/metadata/finalizers/9','value':'x'}]" },
        { Deployment, "json", "[{'op':'replace','path':'/metadata/finalizers/5','value':'x'}]" },
        { Deployment, "json", "[{'op':'move','from':'/nope/x','path':'/a'}]" },
        { Deployment, "json", "[{'op':'frob','path':'/a'}]" },
        { Deployment, "json", "[{'op':'replace','path':'/spec/paused','value':true}]" },
        { Deployment, "strategic", "{'metadata':{'$setElementOrder/finalizers':['b','z','a'],'finalizers':['z']}}" },
        { Deployment, "strategic", "{'metadata':{'$deleteFromPrimitiveList/finalizers':['b'],'$setElementOrder/finalizers':['q','a'],'finalizers':['q']}}" },
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'containers':[{'name':'web','$setElementOrder/env':[{'name':'B'},{'name':'Z'},{'name':'A'}],'env':[{'name':'Z','value':'9'}]}]}}}}" },
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'containers':[{'name':'web','env':[{'name':'A','value':null,'valueFrom':{'fieldRef':{'fieldPath':'x'}}}]}]}}}}" },
        { Deployment, "strategic", "{'spec':{'strategy':'Recreate','replicas':{'a':1}}}" },
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'containers':[{'name':'web','args':null}],'volumes':[{'name':'w','$patch':'delete'},{'name':'n','emptyDir':{'medium':null}}]}}}}" },
        { Deployment, "strategic", "{'spec':{'template':{'spec':{'containers':[{'name':'web','ports':[{'containerPort':80,'$patch':'delete'}]}]}}}}" },
        { Service, "strategic", "{'spec':{'ports':[{'port':80,'$patch':'delete'},{'port':9090}],'$setElementOrder/ports':[{'port':9090},{'port':443}]}}" },
        { Deployment, "merge", "{'spec':{'template':{'spec':{'containers':null}}},'newkey':{'a':null,'b':{'c':null,'d':[null,{'e':null}]}}}" },
        { Deployment, "merge", "{'metadata':{'finalizers':[]},'spec':{'replicas':'two'}}" },
        { Deployment, "json", "[{'op':'test','path':'/metadata/labels/app','value':'web'},{'op':'test','path':'/metadata/nope'}]" },
        { Deployment, "json", "[{'op':'copy','from':'/spec/template/spec/containers/0','path':'/spec/template/spec/containers/-'},{'op':'remove','path':'/spec/template/spec/containers/1'}]" },
        { Deployment, "json", "[{'op':'move','from':'/metadata/labels','path':'/spec/selector/matchLabels'}]" },
        { Deployment, "json", "[{'op':'add','path':'/metadata/finalizers/x','value':'q'}]" },
        { Deployment, "json", "[{'op':'remove','path':'/metadata/finalizers/-1'}]" },
        { Deployment, "json", "[{'op':'add','path':'/metadata/finalizers/-1','value':'m'},{'op':'replace','path':'/metadata/finalizers/-3','value':'r'}]" },
        { Deployment, "json", "[{'op':'remove','path':'/metadata/finalizers/-3'}]" },
        { Deployment, "json", "[{'op':'add','path':'/metadata/finalizers/-4','value':'x'}]" },
        { Deployment, "json", "[{'op':'copy','from':'/spec/nope','path':'/spec/x'}]" },
    };

    [KubectlTheory]
    [MemberData(nameof(Cases))]
    public void PatchApplier_MatchesKubectlPatchLocal(string objectJson, string type, string patch)
    {
        var (exit, stdout, stderr) = KubectlLocalPatch.Run(Q(objectJson), type, Q(patch));
        var contentType = type switch
        {
            "strategic" => PatchApplier.StrategicMergePatch,
            "merge" => PatchApplier.MergePatch,
            _ => PatchApplier.JsonPatch,
        };
        var obj = Obj(objectJson);
        var schema = MergeSchema.ForBuiltIn(obj["apiVersion"]!.GetValue<string>() == "v1" ? "" : "apps", obj["kind"]!.GetValue<string>());
        if (exit != 0)
        {
            var e = Assert.Throws<PatchException>(() => PatchApplier.Apply(obj, contentType, Node(patch), schema));
            var expected = stderr.Trim();
            // kubectl (not the server) rewrites evanphx's "doc is missing key" into its own sentence.
            const string rewritten = "error: Object to be patched is missing field (";
            if (expected.StartsWith(rewritten, StringComparison.Ordinal))
            {
                expected = "error: replace operation does not apply: doc is missing key: " + expected[rewritten.Length..^1];
            }
            Assert.Equal(expected, "error: " + e.Message);
            return;
        }
        var ours = PatchApplier.Apply(obj, contentType, Node(patch), schema);
        Assert.Equal(Canonical(JsonNode.Parse(stdout)), Canonical(ours));
    }

    /// <summary>Key order is not compared (kubectl prints sorted keys); list order is.</summary>
    private static string Canonical(JsonNode? node) => Compact(Sort(node));

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyValuePair<string, JsonNode?>(p.Key, Sort(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sort).ToArray()),
        _ => node?.DeepClone(),
    };
}
