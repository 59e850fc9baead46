namespace Bosun.Kube.Tests.Discovery;

/// <summary>Discovery documents in both formats, shaped like the ones recorded from real servers.</summary>
internal static class DiscoveryFixtures
{
    public const string AggregatedApi = """
        {"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","metadata":{},"items":[{"metadata":{"name":"","creationTimestamp":null},
          "versions":[{"version":"v1","freshness":"Current","resources":[
            {"resource":"configmaps","responseKind":{"group":"","version":"v1","kind":"ConfigMap"},"scope":"Namespaced","singularResource":"configmap","verbs":["create","delete","get","list","patch","update","watch"],"shortNames":["cm"]},
            {"resource":"namespaces","responseKind":{"group":"","version":"v1","kind":"Namespace"},"scope":"Cluster","singularResource":"namespace","verbs":["create","delete","get","list","patch","update","watch"],"shortNames":["ns"],
             "subresources":[{"subresource":"status","responseKind":{"group":"","version":"v1","kind":"Namespace"},"verbs":["get","patch","update"]},{"subresource":"finalize","verbs":["update"]}]}]}]}]}
        """;

    public const string AggregatedApis = """
        {"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","metadata":{},"items":[
          {"metadata":{"name":"apps"},"versions":[{"version":"v1","freshness":"Current","resources":[
            {"resource":"deployments","responseKind":{"group":"apps","version":"v1","kind":"Deployment"},"scope":"Namespaced","singularResource":"deployment","verbs":["get","list","watch","patch"],"shortNames":["deploy"],"categories":["all"],
             "subresources":[{"subresource":"status","responseKind":{"group":"apps","version":"v1","kind":"Deployment"},"verbs":["get","patch","update"]},{"subresource":"scale","responseKind":{"group":"autoscaling","version":"v1","kind":"Scale"},"verbs":["get","patch","update"]}]}]}]},
          {"metadata":{"name":"autoscaling"},"versions":[
            {"version":"v2","freshness":"Current","resources":[{"resource":"horizontalpodautoscalers","responseKind":{"group":"autoscaling","version":"v2","kind":"HorizontalPodAutoscaler"},"scope":"Namespaced","singularResource":"horizontalpodautoscaler","verbs":["get"],"shortNames":["hpa"]}]},
            {"version":"v1","freshness":"Current","resources":[{"resource":"horizontalpodautoscalers","responseKind":{"group":"autoscaling","version":"v1","kind":"HorizontalPodAutoscaler"},"scope":"Namespaced","singularResource":"horizontalpodautoscaler","verbs":["get"],"shortNames":["hpa"]}]}]},
          {"metadata":{"name":"metrics.k8s.io"},"versions":[{"version":"v1beta1","freshness":"Stale","resources":[]}]}]}
        """;

    public const string LegacyApi = """{"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"127.0.0.1:6443"}]}""";

    public const string LegacyApis = """
        {"kind":"APIGroupList","apiVersion":"v1","groups":[
          {"name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],"preferredVersion":{"groupVersion":"apps/v1","version":"v1"}},
          {"name":"example.com","versions":[{"groupVersion":"example.com/v2","version":"v2"},{"groupVersion":"example.com/v1","version":"v1"}],"preferredVersion":{"groupVersion":"example.com/v1","version":"v1"}},
          {"name":"metrics.k8s.io","versions":[{"groupVersion":"metrics.k8s.io/v1beta1","version":"v1beta1"}],"preferredVersion":{"groupVersion":"metrics.k8s.io/v1beta1","version":"v1beta1"}}]}
        """;

    public const string LegacyCoreV1 = """
        {"kind":"APIResourceList","groupVersion":"v1","resources":[
          {"name":"configmaps","singularName":"configmap","namespaced":true,"kind":"ConfigMap","verbs":["get","list"],"shortNames":["cm"]},
          {"name":"namespaces","singularName":"namespace","namespaced":false,"kind":"Namespace","verbs":["get","list"],"shortNames":["ns"]},
          {"name":"namespaces/status","singularName":"","namespaced":false,"kind":"Namespace","verbs":["get","patch","update"]}]}
        """;

    public const string LegacyAppsV1 = """
        {"kind":"APIResourceList","apiVersion":"v1","groupVersion":"apps/v1","resources":[
          {"name":"deployments","singularName":"deployment","namespaced":true,"kind":"Deployment","verbs":["create","delete","get","list","patch","update","watch"],"shortNames":["deploy"],"categories":["all"]},
          {"name":"deployments/status","singularName":"","namespaced":true,"kind":"Deployment","verbs":["get","patch","update"]},
          {"name":"deployments/scale","singularName":"","namespaced":true,"group":"autoscaling","version":"v1","kind":"Scale","verbs":["get","patch","update"]}]}
        """;

    public static string LegacyWidgets(string version) => $$"""
        {"kind":"APIResourceList","groupVersion":"example.com/{{version}}","resources":[
          {"name":"widgets","singularName":"widget","namespaced":true,"kind":"Widget","verbs":["get","list","patch"],"shortNames":["wd"]}]}
        """;
}
