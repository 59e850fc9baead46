using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;
using static Bosun.Kube.Emulator.Tests.Apply.Json;

namespace Bosun.Kube.Emulator.Tests.Apply;

public class MergeSchemaTests
{
    private static readonly DateTimeOffset s_t0 = new(2026, 11, 22, 1, 49, 51, TimeSpan.Zero);

    private static readonly JsonObject s_crdSchema = Obj("""
        {'type':'object','properties':{
          'apiVersion':{'type':'string'},'kind':{'type':'string'},'metadata':{'type':'object'},
          'spec':{'type':'object','properties':{
            'routes':{'type':'array','x-kubernetes-list-type':'map','x-kubernetes-list-map-keys':['host','port'],
              'items':{'type':'object','properties':{'host':{'type':'string'},'port':{'type':'integer','default':443},'backend':{'type':'string'}}}},
            'tags':{'type':'array','x-kubernetes-list-type':'set','items':{'type':'string'}},
            'args':{'type':'array','items':{'type':'string'}},
            'selector':{'type':'object','x-kubernetes-map-type':'atomic','additionalProperties':{'type':'string'}},
            'settings':{'type':'object','additionalProperties':{'type':'string'}},
            'extra':{'type':'object','x-kubernetes-preserve-unknown-fields':true}}},
          'status':{'type':'object','properties':{'ready':{'type':'boolean'}}}}}
        """);

    private static string Fields(JsonObject obj) => Compact(obj["metadata"]!["managedFields"]![0]!["fieldsV1"]);

    [Fact]
    public void FromOpenApiV3_ListTypesMapTypesAndPreserveUnknown_ShapeFieldSet()
    {
        var schema = MergeSchema.FromOpenApiV3(s_crdSchema);
        var config = Obj("""
            {'apiVersion':'ex.io/v1','kind':'Site','metadata':{'name':'s'},'spec':{
              'routes':[{'host':'a.io','backend':'x'},{'host':'b.io','port':80,'backend':'y'}],
              'tags':['b','a'],'args':['-v'],'selector':{'app':'s'},'settings':{'k':'v'},'extra':{'free':{'form':1}}}}
            """);
        var r = ServerSideApply.Apply(null, config, new ApplyContext("kubectl", false, null, schema, s_t0));
        Assert.Equal(
            Q("{'f:spec':{'f:args':{},'f:extra':{'f:free':{'.':{},'f:form':{}}},'f:routes':{" +
              "'k:{\\'host\\':\\'a.io\\',\\'port\\':443}':{'.':{},'f:backend':{},'f:host':{}}," +
              "'k:{\\'host\\':\\'b.io\\',\\'port\\':80}':{'.':{},'f:backend':{},'f:host':{},'f:port':{}}}," +
              "'f:selector':{},'f:settings':{'f:k':{}},'f:tags':{'v:\\'a\\'':{},'v:\\'b\\'':{}}}}"),
            Fields(r.Object!));
    }

    [Fact]
    public void FromOpenApiV3_MapListMergesItemsAndSetUnions()
    {
        var schema = MergeSchema.FromOpenApiV3(s_crdSchema);
        var ctx = new ApplyContext("a", false, null, schema, s_t0);
        var live = ServerSideApply.Apply(null, Obj("{'apiVersion':'ex.io/v1','kind':'Site','metadata':{'name':'s'},'spec':{'routes':[{'host':'a.io','backend':'x'}],'tags':['x'],'args':['1']}}"), ctx).Object;
        var merged = ServerSideApply.Apply(live, Obj("{'apiVersion':'ex.io/v1','kind':'Site','metadata':{'name':'s'},'spec':{'routes':[{'host':'b.io','backend':'y'}],'tags':['y'],'args':['2']}}"),
            ctx with { Manager = "b", Force = true }).Object!;
        Assert.Equal(Q("{'routes':[{'host':'a.io','backend':'x'},{'host':'b.io','backend':'y'}],'tags':['x','y'],'args':['2']}"), Compact(merged["spec"]));
    }

    [Fact]
    public void FromOpenApiV3_Null_IsDeducedWithMembersEverywhere()
    {
        var r = ServerSideApply.Apply(null, Obj("{'apiVersion':'ex.io/v1','kind':'Thing','metadata':{'name':'t','labels':{'a':'b'}},'spec':{'x':{'y':1},'l':[1,2]}}"),
            new ApplyContext("m", false, null, MergeSchema.FromOpenApiV3(null), s_t0) { HasStatusSubresource = false });
        Assert.Equal(Q("{'f:metadata':{'f:labels':{'f:a':{}}},'f:spec':{'.':{},'f:l':{},'f:x':{'.':{},'f:y':{}}}}"), Fields(r.Object!));
    }

    [Fact]
    public void ForBuiltIn_ServiceAndDeployment_UseMarkersFromK8sApi()
    {
        var svc = MergeSchema.ForBuiltIn("", "Service");
        var r = ServerSideApply.Apply(null, Obj("{'apiVersion':'v1','kind':'Service','metadata':{'name':'s'},'spec':{'selector':{'app':'s'},'ports':[{'port':80,'targetPort':8080}],'type':'ClusterIP'}}"),
            new ApplyContext("m", false, null, svc, s_t0));
        Assert.Equal(
            Q("{'f:spec':{'f:ports':{'k:{\\'port\\':80,\\'protocol\\':\\'TCP\\'}':{'.':{},'f:port':{},'f:targetPort':{}}},'f:selector':{},'f:type':{}}}"),
            Fields(r.Object!));

        var pod = Obj("""
            {'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'d'},'spec':{'template':{'spec':{
              'tolerations':[{'key':'k','operator':'Exists'}],'nodeSelector':{'disk':'ssd'},'imagePullSecrets':[{'name':'reg'}],
              'volumes':[{'name':'v','configMap':{'name':'c'}}],
              'containers':[{'name':'c','image':'i','volumeMounts':[{'name':'v','mountPath':'/v'}],'resources':{'limits':{'cpu':'1'}},
                'env':[{'name':'E','valueFrom':{'secretKeyRef':{'name':'s','key':'k'}}}]}]}}}}
            """);
        var d = ServerSideApply.Apply(null, pod, new ApplyContext("m", false, null, MergeSchema.ForBuiltIn("apps", "Deployment"), s_t0));
        Assert.Equal(
            Q("{'f:spec':{'f:template':{'f:spec':{'f:containers':{'k:{\\'name\\':\\'c\\'}':{'.':{},'f:env':{'k:{\\'name\\':\\'E\\'}':{'.':{},'f:name':{},'f:valueFrom':{'f:secretKeyRef':{}}}}," +
              "'f:image':{},'f:name':{},'f:resources':{'f:limits':{'f:cpu':{}}},'f:volumeMounts':{'k:{\\'mountPath\\':\\'/v\\'}':{'.':{},'f:mountPath':{},'f:name':{}}}}}," +
              "'f:imagePullSecrets':{'k:{\\'name\\':\\'reg\\'}':{}},'f:nodeSelector':{},'f:tolerations':{}," +
              "'f:volumes':{'k:{\\'name\\':\\'v\\'}':{'.':{},'f:configMap':{'f:name':{}},'f:name':{}}}}}}}"),
            Fields(d.Object!));
    }

    [Fact]
    public void ForBuiltIn_UnknownKind_IsStructLikeDeduced()
    {
        Assert.False(MergeSchema.IsKnownBuiltIn("example.io", "Widget"));
        Assert.True(MergeSchema.IsKnownBuiltIn("apps", "Deployment"));
        var r = ServerSideApply.Apply(null, Obj("{'apiVersion':'example.io/v1','kind':'Widget','metadata':{'name':'w'},'spec':{'a':{'b':1},'l':[{'x':1}]}}"),
            new ApplyContext("m", false, null, MergeSchema.ForBuiltIn("example.io", "Widget"), s_t0));
        Assert.Equal(Q("{'f:spec':{'f:a':{'f:b':{}},'f:l':{}}}"), Fields(r.Object!));
    }

    [Theory]
    [InlineData("", "Pod")]
    [InlineData("", "PodTemplate")]
    [InlineData("", "ReplicationController")]
    [InlineData("", "Service")]
    [InlineData("", "ConfigMap")]
    [InlineData("", "Secret")]
    [InlineData("", "ServiceAccount")]
    [InlineData("", "Namespace")]
    [InlineData("", "PersistentVolumeClaim")]
    [InlineData("", "PersistentVolume")]
    [InlineData("", "Endpoints")]
    [InlineData("", "Node")]
    [InlineData("", "LimitRange")]
    [InlineData("", "ResourceQuota")]
    [InlineData("apps", "Deployment")]
    [InlineData("apps", "StatefulSet")]
    [InlineData("apps", "DaemonSet")]
    [InlineData("apps", "ReplicaSet")]
    [InlineData("apps", "ControllerRevision")]
    [InlineData("batch", "Job")]
    [InlineData("batch", "CronJob")]
    [InlineData("networking.k8s.io", "Ingress")]
    [InlineData("networking.k8s.io", "IngressClass")]
    [InlineData("networking.k8s.io", "NetworkPolicy")]
    [InlineData("rbac.authorization.k8s.io", "Role")]
    [InlineData("rbac.authorization.k8s.io", "ClusterRole")]
    [InlineData("rbac.authorization.k8s.io", "RoleBinding")]
    [InlineData("rbac.authorization.k8s.io", "ClusterRoleBinding")]
    [InlineData("policy", "PodDisruptionBudget")]
    [InlineData("autoscaling", "HorizontalPodAutoscaler")]
    [InlineData("storage.k8s.io", "StorageClass")]
    [InlineData("scheduling.k8s.io", "PriorityClass")]
    [InlineData("coordination.k8s.io", "Lease")]
    [InlineData("discovery.k8s.io", "EndpointSlice")]
    [InlineData("apiextensions.k8s.io", "CustomResourceDefinition")]
    [InlineData("apiregistration.k8s.io", "APIService")]
    public void ForBuiltIn_EveryKind_OwnsMetadataByItsMarkers(string group, string kind)
    {
        Assert.True(MergeSchema.IsKnownBuiltIn(group, kind));
        Assert.Same(MergeSchema.ForBuiltIn(group, kind), MergeSchema.ForBuiltIn(group, kind));
        var obj = Obj("{'apiVersion':'x/v1','kind':'" + kind + "','metadata':{'name':'n','labels':{'a':'b'},'finalizers':['f'],'ownerReferences':[{'uid':'u','name':'o','kind':'K','apiVersion':'v1'}]}}");
        var r = ServerSideApply.Apply(null, obj, new ApplyContext("m", false, null, MergeSchema.ForBuiltIn(group, kind), s_t0));
        Assert.Equal(
            Q("{'f:metadata':{'f:finalizers':{'v:\\'f\\'':{}},'f:labels':{'f:a':{}},'f:ownerReferences':{'k:{\\'uid\\':\\'u\\'}':{}}}}"),
            Fields(r.Object!));
    }
}
