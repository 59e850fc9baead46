using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Tests.Diagnostics;

public class KubeStatusMapperTests
{
    private static KubeApiException Map(string json, string? subject = null) =>
        KubeStatusMapper.ToException(KubeStatus.Parse(json) ?? throw new InvalidOperationException("not a Status"), subject);

    [Theory]
    [InlineData("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"deployments.apps \"web\" not found","reason":"NotFound","details":{"name":"web","group":"apps","kind":"deployments"},"code":404}""", "Deployment/demo/web: error BOSUN5100: deployments.apps \"web\" not found")]
    [InlineData("""{"kind":"Status","status":"Failure","message":"configmaps \"x\" already exists","reason":"AlreadyExists","code":409}""", "Deployment/demo/web: error BOSUN5101: configmaps \"x\" already exists")]
    [InlineData("""{"kind":"Status","status":"Failure","message":"Operation cannot be fulfilled on deployments.apps \"web\": the object has been modified; please apply your changes to the latest version and try again","reason":"Conflict","code":409}""", "Deployment/demo/web: error BOSUN5102: Operation cannot be fulfilled on deployments.apps \"web\": the object has been modified; please apply your changes to the latest version and try again")]
    [InlineData("""{"kind":"Status","status":"Failure","message":"namespaces \"prod\" is forbidden: User \"bob\" cannot create resource \"namespaces\" in API group \"\" at the cluster scope","reason":"Forbidden","code":403}""", "Deployment/demo/web: error BOSUN5106: namespaces \"prod\" is forbidden: User \"bob\" cannot create resource \"namespaces\" in API group \"\" at the cluster scope")]
    [InlineData("""{"kind":"Status","status":"Failure","message":"admission webhook \"validate.kyverno.svc-fail\" denied the request: policy require-labels: label app is required","reason":"Forbidden","code":400}""", "Deployment/demo/web: error BOSUN5107: admission webhook \"validate.kyverno.svc-fail\" denied the request: policy require-labels: label app is required")]
    [InlineData("""{"kind":"Status","status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}""", "Deployment/demo/web: error BOSUN5108: the server has asked for the client to provide credentials: Unauthorized")]
    [InlineData("""{"kind":"Status","status":"Failure","message":"the server was unable to return a response in the time allotted, but may still be processing the request","reason":"Timeout","code":504}""", "Deployment/demo/web: error BOSUN5109: the server timed out: the server was unable to return a response in the time allotted, but may still be processing the request")]
    [InlineData("""{"kind":"Status","status":"Failure","message":"storage is (re)initializing","reason":"TooManyRequests","code":429,"details":{"retryAfterSeconds":1}}""", "Deployment/demo/web: error BOSUN5110: the server has received too many requests and has asked us to try again later: storage is (re)initializing")]
    [InlineData("""{"kind":"Status","status":"Failure","message":"the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml","reason":"UnsupportedMediaType","code":415}""", "Deployment/demo/web: error BOSUN5111: the server rejected the request (UnsupportedMediaType): the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml")]
    [InlineData("""{"kind":"Status","status":"Failure","message":"too old resource version: 1 (456)","reason":"Expired","code":410}""", "Deployment/demo/web: error BOSUN5112: too old resource version: 1 (456)")]
    [InlineData("""{"kind":"Status","status":"Failure","message":"etcdserver: leader changed","reason":"InternalError","code":500}""", "Deployment/demo/web: error BOSUN5113: the server reported an error (HTTP 500): etcdserver: leader changed")]
    [InlineData("""{"kind":"Status","status":"Failure","message":"","reason":"NotFound","code":404}""", "Deployment/demo/web: error BOSUN5100: the server could not find the requested resource")]
    public void ToDiagnostic_ExactHeadline(string json, string expected) =>
        Assert.Equal(expected, Map(json, "Deployment/demo/web").Diagnostic.FormatHeadline());

    [Fact]
    public void ApplyConflict_ParsesManagersAndFields()
    {
        var e = Map("""
            {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Apply failed with 2 conflicts: conflicts with \"kubectl\":\n- .spec.replicas\nconflicts with \"kube-controller-manager\" using apps/v1:\n- .spec.template.spec.containers[name=\"web\"].image","reason":"Conflict",
             "details":{"causes":[{"reason":"FieldManagerConflict","message":"conflict with \"kubectl\"","field":".spec.replicas"},
                                  {"reason":"FieldManagerConflict","message":"conflict with \"kube-controller-manager\" using apps/v1","field":".spec.template.spec.containers[name=\"web\"].image"}]},"code":409}
            """);

        Assert.Equal(
            [new FieldManagerConflict("kubectl", ".spec.replicas", null), new FieldManagerConflict("kube-controller-manager", ".spec.template.spec.containers[name=\"web\"].image", "apps/v1")],
            e.Conflicts);
        Assert.Equal(
            "error BOSUN5103: server-side apply conflict: .spec.replicas is managed by \"kubectl\", .spec.template.spec.containers[name=\"web\"].image is managed by \"kube-controller-manager\" (using apps/v1)",
            e.Diagnostic.FormatHeadline());
        Assert.Equal("apply with force to take ownership of these fields, or stop setting them", e.Diagnostic.Hint);
        Assert.True(e.IsConflict);
    }

    [Fact]
    public void ApplyConflict_CauseWrittenWithTypeKey_IsAlsoRead()
    {
        var e = Map("""{"kind":"Status","status":"Failure","message":"Apply failed with 1 conflict: conflict with \"helm\": .data.a","reason":"Conflict","details":{"causes":[{"type":"FieldManagerConflict","message":"conflict with \"helm\"","field":".data.a"}]},"code":409}""");

        Assert.Equal([new FieldManagerConflict("helm", ".data.a", null)], e.Conflicts);
    }

    [Fact]
    public void Invalid_ListsCausesAsRelatedLines()
    {
        var e = Map("""{"kind":"Status","status":"Failure","message":"Deployment.apps \"web\" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, metadata.labels: Invalid value: \"-x\": name part must consist of alphanumeric characters]","reason":"Invalid","details":{"name":"web","group":"apps","kind":"Deployment","causes":[{"reason":"FieldValueInvalid","message":"Invalid value: -1: must be greater than or equal to 0","field":"spec.replicas"},{"reason":"FieldValueInvalid","message":"Invalid value: \"-x\": name part must consist of alphanumeric characters","field":"metadata.labels"}]},"code":422}""");

        Assert.Equal("error BOSUN5104: Deployment.apps \"web\" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, metadata.labels: Invalid value: \"-x\": name part must consist of alphanumeric characters]", e.Diagnostic.FormatHeadline());
        Assert.Equal(
            ["spec.replicas: Invalid value: -1: must be greater than or equal to 0", "metadata.labels: Invalid value: \"-x\": name part must consist of alphanumeric characters"],
            e.Diagnostic.Related.Select(r => r.Message));
        Assert.True(e.IsInvalid);
        Assert.False(e.IsImmutable);
    }

    [Fact]
    public void Invalid_ImmutableField_IsItsOwnCode()
    {
        var e = Map("""{"kind":"Status","status":"Failure","message":"Job.batch \"migrate\" is invalid: spec.template: Invalid value: core.PodTemplateSpec{...}: field is immutable","reason":"Invalid","details":{"name":"migrate","group":"batch","kind":"Job","causes":[{"reason":"FieldValueInvalid","message":"Invalid value: core.PodTemplateSpec{...}: field is immutable","field":"spec.template"}]},"code":422}""");

        Assert.True(e.IsImmutable);
        Assert.Equal("error BOSUN5105: Job.batch \"migrate\": spec.template: field is immutable; delete and recreate the object to change it", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public void Parse_NotAStatus_IsNull()
    {
        Assert.Null(KubeStatus.Parse("<html>bad gateway</html>"));
        Assert.Null(KubeStatus.Parse("""{"kind":"Deployment"}"""));
        Assert.Null(KubeStatus.Parse("[1]"));
    }

    [Fact]
    public void Parse_RetryAfterSeconds()
    {
        Assert.Equal(3, KubeStatus.Parse("""{"kind":"Status","code":429,"details":{"retryAfterSeconds":3}}""")?.RetryAfterSeconds);
    }
}
