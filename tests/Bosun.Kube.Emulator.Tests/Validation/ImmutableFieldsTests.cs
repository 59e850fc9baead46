using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Validation;
using static Bosun.Kube.Emulator.Tests.Apply.Json;

namespace Bosun.Kube.Emulator.Tests.Validation;

public class ImmutableFieldsTests
{
    private static JsonObject With(JsonObject o, Action<JsonObject> change)
    {
        var copy = (JsonObject)o.DeepClone();
        change(copy);
        return copy;
    }

    private static readonly JsonObject s_deployment = Obj("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'web'},'spec':{'replicas':1,'selector':{'matchLabels':{'app':'web'}},'template':{'metadata':{'labels':{'app':'web'}}}}}");

    [Fact]
    public void Check_DeploymentSelectorChanged_FieldIsImmutable()
    {
        var updated = With(s_deployment, d => d["spec"]!["selector"] = Node("{'matchLabels':{'tier':'a<b','app':'web2'},'matchExpressions':[{'operator':'In','key':'k','values':['v']}]}"));
        var causes = ImmutableFields.Check("apps", "Deployment", s_deployment, updated);
        var c = Assert.Single(causes);
        Assert.Equal(new FieldCause("FieldValueInvalid",
            "Invalid value: {\"matchLabels\":{\"app\":\"web2\",\"tier\":\"a\\u003cb\"},\"matchExpressions\":[{\"key\":\"k\",\"operator\":\"In\",\"values\":[\"v\"]}]}: field is immutable",
            "spec.selector"), c);
        Assert.Equal(
            "Deployment.apps \"web\" is invalid: spec.selector: Invalid value: {\"matchLabels\":{\"app\":\"web2\",\"tier\":\"a\\u003cb\"},\"matchExpressions\":[{\"key\":\"k\",\"operator\":\"In\",\"values\":[\"v\"]}]}: field is immutable",
            ImmutableFields.Message("apps", "Deployment", "web", causes));
        Assert.Equal(
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"Deployment.apps \\\"web\\\" is invalid: spec.selector: Invalid value: " +
            "{\\\"matchLabels\\\":{\\\"app\\\":\\\"web2\\\",\\\"tier\\\":\\\"a\\\\u003cb\\\"},\\\"matchExpressions\\\":[{\\\"key\\\":\\\"k\\\",\\\"operator\\\":\\\"In\\\",\\\"values\\\":[\\\"v\\\"]}]}: field is immutable\"," +
            "\"reason\":\"Invalid\",\"details\":{\"name\":\"web\",\"group\":\"apps\",\"kind\":\"Deployment\",\"causes\":[{\"reason\":\"FieldValueInvalid\",\"message\":\"Invalid value: " +
            "{\\\"matchLabels\\\":{\\\"app\\\":\\\"web2\\\",\\\"tier\\\":\\\"a\\\\u003cb\\\"},\\\"matchExpressions\\\":[{\\\"key\\\":\\\"k\\\",\\\"operator\\\":\\\"In\\\",\\\"values\\\":[\\\"v\\\"]}]}: field is immutable\"," +
            "\"field\":\"spec.selector\"}]},\"code\":422}",
            Compact(ImmutableFields.ToStatus("apps", "Deployment", "web", causes)));
    }

    [Fact]
    public void Check_DeploymentOtherChanges_Allowed()
    {
        var updated = With(s_deployment, d => { d["spec"]!["replicas"] = 5; d["spec"]!["template"]!["metadata"]!["labels"]!["x"] = "y"; });
        Assert.Empty(ImmutableFields.Check("apps", "Deployment", s_deployment, updated));
        Assert.Empty(ImmutableFields.Check("", "Pod", s_deployment, updated));
    }

    [Fact]
    public void Check_StatefulSetVolumeClaimTemplates_ForbiddenOnSpec()
    {
        var old = Obj("{'spec':{'replicas':1,'serviceName':'db','volumeClaimTemplates':[{'metadata':{'name':'data'}}],'template':{}}}");
        var allowed = With(old, s => { s["spec"]!["replicas"] = 3; s["spec"]!["template"] = Node("{'metadata':{'labels':{'a':'b'}}}"); s["spec"]!["minReadySeconds"] = 5; });
        Assert.Empty(ImmutableFields.Check("apps", "StatefulSet", old, allowed));
        var forbidden = With(old, s => s["spec"]!["volumeClaimTemplates"] = Node("[{'metadata':{'name':'other'}}]"));
        Assert.Equal(
            [new FieldCause("FieldValueForbidden",
                "Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
                "spec")],
            ImmutableFields.Check("apps", "StatefulSet", old, forbidden));
    }

    [Fact]
    public void Check_JobTemplateAndCompletions_FieldIsImmutable()
    {
        var old = Obj("{'spec':{'completions':1,'template':{'spec':{'containers':[{'name':'c','image':'a'}]}}}}");
        var updated = With(old, j => { j["spec"]!["completions"] = 2; j["spec"]!["template"]!["spec"]!["containers"]![0]!["image"] = "b"; });
        Assert.Equal(
            [
                new FieldCause("FieldValueInvalid", "Invalid value: 2: field is immutable", "spec.completions"),
                new FieldCause("FieldValueInvalid", "Invalid value: {\"spec\":{\"containers\":[{\"image\":\"b\",\"name\":\"c\"}]}}: field is immutable", "spec.template"),
            ],
            ImmutableFields.Check("batch", "Job", old, updated));
        Assert.Equal(
            "Job.batch \"j\" is invalid: [spec.completions: Invalid value: 2: field is immutable, spec.template: Invalid value: {\"spec\":{\"containers\":[{\"image\":\"b\",\"name\":\"c\"}]}}: field is immutable]",
            ImmutableFields.Message("batch", "Job", "j", ImmutableFields.Check("batch", "Job", old, updated)));
    }

    [Fact]
    public void Check_SuspendedJobSchedulingDirectives_Allowed()
    {
        var old = Obj("{'spec':{'suspend':true,'template':{'spec':{'containers':[{'name':'c'}]}}}}");
        var updated = With(old, j => j["spec"]!["template"]!["spec"]!["nodeSelector"] = Node("{'zone':'a'}"));
        Assert.Empty(ImmutableFields.Check("batch", "Job", old, updated));
        var started = With(old, j => j["status"] = Node("{'startTime':'2026-01-01T00:00:00Z'}"));
        Assert.Single(ImmutableFields.Check("batch", "Job", started, With(started, j => j["spec"]!["template"]!["spec"]!["nodeSelector"] = Node("{'zone':'a'}"))));
    }

    [Fact]
    public void Check_ServiceClusterIpChanged_MayNotChangeOnceSet()
    {
        var old = Obj("{'spec':{'type':'ClusterIP','clusterIP':'10.96.0.10','clusterIPs':['10.96.0.10']}}");
        var headless = With(old, s => { s["spec"]!["clusterIP"] = "None"; s["spec"]!.AsObject().Remove("clusterIPs"); });
        Assert.Equal([new FieldCause("FieldValueInvalid", "Invalid value: [\"None\"]: may not change once set", "spec.clusterIPs[0]")],
            ImmutableFields.Check("", "Service", old, headless));
        Assert.Empty(ImmutableFields.Check("", "Service", old, With(old, s => s["spec"]!.AsObject().Remove("clusterIP"))));
        Assert.Empty(ImmutableFields.Check("", "Service", old, With(old, s => { s["spec"]!["type"] = "ExternalName"; s["spec"]!["clusterIP"] = ""; })));
    }

    [Fact]
    public void Check_PvcStorageClassChanged_ForbiddenButRequestsMayGrow()
    {
        var old = Obj("{'spec':{'accessModes':['ReadWriteOnce'],'storageClassName':'fast','volumeName':'pv-1','resources':{'requests':{'storage':'1Gi'}}}}");
        Assert.Empty(ImmutableFields.Check("", "PersistentVolumeClaim", old, With(old, p => p["spec"]!["resources"]!["requests"]!["storage"] = "2Gi")));
        Assert.Empty(ImmutableFields.Check("", "PersistentVolumeClaim", old, With(old, p => p["spec"]!.AsObject().Remove("volumeName"))));
        Assert.Equal(
            [new FieldCause("FieldValueForbidden", "Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims", "spec")],
            ImmutableFields.Check("", "PersistentVolumeClaim", old, With(old, p => p["spec"]!["storageClassName"] = "slow")));
        Assert.Single(ImmutableFields.Check("", "PersistentVolumeClaim", old, With(old, p => p["spec"]!["accessModes"] = Node("['ReadWriteMany']"))));
    }

    [Fact]
    public void Check_ImmutableConfigMapAndSecret_Forbidden()
    {
        var cm = Obj("{'immutable':true,'data':{'a':'1'}}");
        Assert.Equal(
            [
                new FieldCause("FieldValueForbidden", "Forbidden: field is immutable when `immutable` is set", "immutable"),
                new FieldCause("FieldValueForbidden", "Forbidden: field is immutable when `immutable` is set", "data"),
                new FieldCause("FieldValueForbidden", "Forbidden: field is immutable when `immutable` is set", "binaryData"),
            ],
            ImmutableFields.Check("", "ConfigMap", cm, Obj("{'immutable':false,'data':{'a':'2'},'binaryData':{'b':'AA=='}}")));
        Assert.Empty(ImmutableFields.Check("", "ConfigMap", Obj("{'data':{'a':'1'}}"), Obj("{'immutable':true,'data':{'a':'2'}}")));

        var secret = Obj("{'type':'Opaque','immutable':true,'data':{'k':'c2VjcmV0'}}");
        var causes = ImmutableFields.Check("", "Secret", secret, Obj("{'type':'kubernetes.io/tls','immutable':true,'data':{'k':'b3RoZXI='}}"));
        Assert.Equal(
            [
                new FieldCause("FieldValueInvalid", "Invalid value: \"kubernetes.io/tls\": field is immutable", "type"),
                new FieldCause("FieldValueForbidden", "Forbidden: field is immutable when `immutable` is set", "data"),
            ],
            causes);
        Assert.DoesNotContain("c2VjcmV0", string.Join(" ", causes.Select(c => c.Message)));
        Assert.Empty(ImmutableFields.Check("", "Secret", Obj("{'type':'Opaque','data':{}}"), Obj("{'data':{'k':'eA=='}}")));
    }

    [Fact]
    public void Check_RoleBindingRoleRef_CannotChange()
    {
        var old = Obj("{'roleRef':{'apiGroup':'rbac.authorization.k8s.io','kind':'ClusterRole','name':'view'},'subjects':[]}");
        var updated = Obj("{'roleRef':{'apiGroup':'rbac.authorization.k8s.io','kind':'ClusterRole','name':'edit'},'subjects':[{'kind':'User','name':'u'}]}");
        Assert.Equal(
            [new FieldCause("FieldValueInvalid", "Invalid value: {\"APIGroup\":\"rbac.authorization.k8s.io\",\"Kind\":\"ClusterRole\",\"Name\":\"edit\"}: cannot change roleRef", "roleRef")],
            ImmutableFields.Check("rbac.authorization.k8s.io", "ClusterRoleBinding", old, updated));
        Assert.Empty(ImmutableFields.Check("rbac.authorization.k8s.io", "RoleBinding", old, With(old, r => r["subjects"] = Node("[{'kind':'User','name':'x'}]"))));
    }
}
