using System.Text.Json.Nodes;
using Bosun.Kube.Health;

namespace Bosun.Kube.Tests.Health;

public class KStatusTests
{
    private static HealthResult Compute(string json, TimeProvider? time = null) =>
        KStatus.Compute(JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException(), time);

    private static void AssertHealth(string json, HealthStatus status, string message, string? reason = null)
    {
        var result = Compute(json);
        Assert.Equal(new HealthResult(status, message, reason), result);
    }

    private const string Deploy = """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","generation":2},""";

    [Theory]
    [InlineData("""{"spec":{"replicas":3},"status":{"observedGeneration":2,"replicas":3,"updatedReplicas":3,"readyReplicas":3,"availableReplicas":3,"conditions":[{"type":"Progressing","status":"True","reason":"NewReplicaSetAvailable"},{"type":"Available","status":"True"}]}}""", HealthStatus.Current, "Deployment is available. Replicas: 3", null)]
    [InlineData("""{"spec":{"replicas":3},"status":{"observedGeneration":2,"replicas":1}}""", HealthStatus.InProgress, "Replicas: 1/3", "LessReplicas")]
    [InlineData("""{"spec":{"replicas":3},"status":{"observedGeneration":2,"replicas":3,"updatedReplicas":2}}""", HealthStatus.InProgress, "Updated: 2/3", "LessUpdated")]
    [InlineData("""{"spec":{"replicas":2},"status":{"observedGeneration":2,"replicas":3,"updatedReplicas":2}}""", HealthStatus.InProgress, "Pending termination: 1", "ExtraPods")]
    [InlineData("""{"spec":{"replicas":3},"status":{"observedGeneration":2,"replicas":3,"updatedReplicas":3,"availableReplicas":1}}""", HealthStatus.InProgress, "Available: 1/3", "LessAvailable")]
    [InlineData("""{"spec":{"replicas":3},"status":{"observedGeneration":2,"replicas":3,"updatedReplicas":3,"availableReplicas":3,"readyReplicas":2}}""", HealthStatus.InProgress, "Ready: 2/3", "LessReady")]
    [InlineData("""{"spec":{"replicas":1,"progressDeadlineSeconds":600},"status":{"observedGeneration":2,"replicas":1,"updatedReplicas":1,"availableReplicas":1,"readyReplicas":1}}""", HealthStatus.InProgress, "ReplicaSet not Available", "ReplicaSetNotAvailable")]
    [InlineData("""{"spec":{},"status":{"observedGeneration":2,"replicas":1,"updatedReplicas":1,"availableReplicas":1,"readyReplicas":1}}""", HealthStatus.InProgress, "Deployment not Available", "DeploymentNotAvailable")]
    [InlineData("""{"spec":{"replicas":3},"status":{"observedGeneration":2,"conditions":[{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded","message":"ReplicaSet \"web-1\" has timed out progressing."}]}}""", HealthStatus.Failed, "Progress deadline exceeded", "ProgressDeadlineExceeded")]
    [InlineData("""{"spec":{"replicas":3},"status":{"observedGeneration":1}}""", HealthStatus.InProgress, "Deployment generation is 2, but latest observed generation is 1", "LatestGenerationNotObserved")]
    public void Deployment(string rest, HealthStatus status, string message, string? reason) => AssertHealth(Deploy + rest[1..], status, message, reason);

    private const string Sts = """{"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"db"},""";

    [Theory]
    [InlineData("""{"spec":{"replicas":2},"status":{"replicas":2,"readyReplicas":2,"currentReplicas":2,"currentRevision":"r1","updateRevision":"r1"}}""", HealthStatus.Current, "All replicas scheduled as expected. Replicas: 2", null)]
    [InlineData("""{"spec":{"replicas":2,"updateStrategy":{"type":"OnDelete"}},"status":{}}""", HealthStatus.Current, "StatefulSet is using the ondelete update strategy", null)]
    [InlineData("""{"spec":{"replicas":2},"status":{"replicas":1}}""", HealthStatus.InProgress, "Replicas: 1/2", "LessReplicas")]
    [InlineData("""{"spec":{"replicas":2},"status":{"replicas":2,"readyReplicas":1}}""", HealthStatus.InProgress, "Ready: 1/2", "LessReady")]
    [InlineData("""{"spec":{"replicas":1},"status":{"replicas":2,"readyReplicas":2}}""", HealthStatus.InProgress, "Pending termination: 1", "ExtraPods")]
    [InlineData("""{"spec":{"replicas":3,"updateStrategy":{"rollingUpdate":{"partition":1}}},"status":{"replicas":3,"readyReplicas":3,"updatedReplicas":1}}""", HealthStatus.InProgress, "updated: 1/2", "PartitionRollout")]
    [InlineData("""{"spec":{"replicas":3,"updateStrategy":{"rollingUpdate":{"partition":1}}},"status":{"replicas":3,"readyReplicas":3,"updatedReplicas":2}}""", HealthStatus.Current, "Partition rollout complete. updated: 2", null)]
    [InlineData("""{"spec":{"replicas":2},"status":{"replicas":2,"readyReplicas":2,"currentReplicas":1}}""", HealthStatus.InProgress, "current: 1/2", "LessCurrent")]
    [InlineData("""{"spec":{"replicas":2},"status":{"replicas":2,"readyReplicas":2,"currentReplicas":2,"currentRevision":"r1","updateRevision":"r2"}}""", HealthStatus.InProgress, "Waiting for updated revision to match current", "RevisionMismatch")]
    public void StatefulSet(string rest, HealthStatus status, string message, string? reason) => AssertHealth(Sts + rest[1..], status, message, reason);

    private const string Ds = """{"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"agent","generation":1},""";

    [Theory]
    [InlineData("""{"status":{"observedGeneration":1,"desiredNumberScheduled":2,"currentNumberScheduled":2,"updatedNumberScheduled":2,"numberAvailable":2,"numberReady":2}}""", HealthStatus.Current, "All replicas scheduled as expected. Replicas: 2", null)]
    [InlineData("""{"status":{}}""", HealthStatus.InProgress, "DaemonSet status.observedGeneration not found", "NoObservedGeneration")]
    [InlineData("""{"status":{"observedGeneration":1}}""", HealthStatus.InProgress, "Missing .status.desiredNumberScheduled", "NoDesiredNumber")]
    [InlineData("""{"status":{"observedGeneration":1,"desiredNumberScheduled":2,"currentNumberScheduled":1}}""", HealthStatus.InProgress, "Current: 1/2", "LessCurrent")]
    [InlineData("""{"status":{"observedGeneration":1,"desiredNumberScheduled":2,"currentNumberScheduled":2,"updatedNumberScheduled":1}}""", HealthStatus.InProgress, "Updated: 1/2", "LessUpdated")]
    [InlineData("""{"status":{"observedGeneration":1,"desiredNumberScheduled":2,"currentNumberScheduled":2,"updatedNumberScheduled":2,"numberAvailable":0}}""", HealthStatus.InProgress, "Available: 0/2", "LessAvailable")]
    [InlineData("""{"status":{"observedGeneration":1,"desiredNumberScheduled":2,"currentNumberScheduled":2,"updatedNumberScheduled":2,"numberAvailable":2,"numberReady":1}}""", HealthStatus.InProgress, "Ready: 1/2", "LessReady")]
    public void DaemonSet(string rest, HealthStatus status, string message, string? reason) => AssertHealth(Ds + rest[1..], status, message, reason);

    [Fact]
    public void DaemonSet_WithoutGeneration_IsInProgress() =>
        AssertHealth("""{"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"a"},"status":{"observedGeneration":1}}""", HealthStatus.InProgress, "DaemonSet metadata.generation not found", "NoGeneration");

    private const string Rs = """{"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"web-1"},""";

    [Theory]
    [InlineData("""{"spec":{"replicas":2},"status":{"replicas":2,"fullyLabeledReplicas":2,"availableReplicas":2,"readyReplicas":2}}""", HealthStatus.Current, "ReplicaSet is available. Replicas: 2", null)]
    [InlineData("""{"spec":{"replicas":2},"status":{"conditions":[{"type":"ReplicaFailure","status":"True"}]}}""", HealthStatus.InProgress, "Replica Failure condition. Check Pods", "ReplicaFailure")]
    [InlineData("""{"spec":{"replicas":2},"status":{"fullyLabeledReplicas":1}}""", HealthStatus.InProgress, "Labelled: 1/2", "LessLabelled")]
    [InlineData("""{"spec":{"replicas":2},"status":{"fullyLabeledReplicas":2,"availableReplicas":1}}""", HealthStatus.InProgress, "Available: 1/2", "LessAvailable")]
    [InlineData("""{"spec":{"replicas":2},"status":{"fullyLabeledReplicas":2,"availableReplicas":2,"readyReplicas":1}}""", HealthStatus.InProgress, "Ready: 1/2", "LessReady")]
    [InlineData("""{"spec":{"replicas":1},"status":{"replicas":3,"fullyLabeledReplicas":3,"availableReplicas":3,"readyReplicas":3}}""", HealthStatus.InProgress, "Pending termination: 2", "ExtraPods")]
    public void ReplicaSet(string rest, HealthStatus status, string message, string? reason) => AssertHealth(Rs + rest[1..], status, message, reason);

    private const string JobHead = """{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"migrate"},""";

    [Theory]
    [InlineData("""{"spec":{"completions":1},"status":{"succeeded":1,"conditions":[{"type":"Complete","status":"True"}]}}""", HealthStatus.Current, "Job Completed. succeeded: 1/1", null)]
    [InlineData("""{"spec":{"parallelism":3},"status":{"failed":4,"conditions":[{"type":"Failed","status":"True","reason":"BackoffLimitExceeded"}]}}""", HealthStatus.Failed, "Job Failed. failed: 4/3", "JobFailed")]
    [InlineData("""{"spec":{"suspend":true},"status":{"conditions":[{"type":"Suspended","status":"True"}]}}""", HealthStatus.Current, "Job is suspended", null)]
    [InlineData("""{"spec":{},"status":{"conditions":[{"type":"Suspended","status":"True"}]}}""", HealthStatus.InProgress, "Job not started", "JobNotStarted")]
    [InlineData("""{"spec":{},"status":{}}""", HealthStatus.InProgress, "Job not started", "JobNotStarted")]
    [InlineData("""{"spec":{},"status":{"startTime":"2026-11-22T08:00:00Z","active":1}}""", HealthStatus.Current, "Job in progress. success:0, active: 1, failed: 0", null)]
    public void Job(string rest, HealthStatus status, string message, string? reason) => AssertHealth(JobHead + rest[1..], status, message, reason);

    private const string PodHead = """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","creationTimestamp":"2026-11-22T07:59:50Z"},""";

    [Theory]
    [InlineData("""{"status":{"phase":"Succeeded"}}""", HealthStatus.Current, "Pod has completed successfully", null)]
    [InlineData("""{"status":{"phase":"Failed"}}""", HealthStatus.Current, "Pod has completed, but not successfully", null)]
    [InlineData("""{"status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}]}}""", HealthStatus.Current, "Pod is Ready", null)]
    [InlineData("""{"status":{"phase":"Running","containerStatuses":[{"name":"a","state":{"waiting":{"reason":"CrashLoopBackOff"}}},{"name":"b","state":{"running":{}}},{"name":"c","state":{"waiting":{"reason":"CrashLoopBackOff"}}}]}}""", HealthStatus.Failed, "Containers in CrashLoop state: a,c", "ContainerCrashLooping")]
    [InlineData("""{"status":{"phase":"Running"}}""", HealthStatus.InProgress, "Pod is running but is not Ready", "PodRunningNotReady")]
    [InlineData("""{"status":{"phase":"Pending"}}""", HealthStatus.InProgress, "Pod is in the Pending phase", "PodPending")]
    [InlineData("""{"status":{}}""", HealthStatus.InProgress, "Pod phase not available", "PodNotObserved")]
    [InlineData("""{"status":{"phase":"Weird"}}""", HealthStatus.Unknown, "unknown phase Weird", null)]
    public void Pod(string rest, HealthStatus status, string message, string? reason) => AssertHealth(PodHead + rest[1..], status, message, reason);

    [Fact]
    public void Pod_Unschedulable_FailsOnlyAfterScheduleWindow()
    {
        const string pod = PodHead + """ "status":{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable"}]}}""";
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(new HealthResult(HealthStatus.InProgress, "Pod has not been scheduled", "PodNotScheduled"), Compute(pod, time));
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(new HealthResult(HealthStatus.Failed, "Pod could not be scheduled", "PodUnschedulable"), Compute(pod, time));
    }

    [Theory]
    [InlineData("""{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"d"},"status":{"phase":"Bound"}}""", HealthStatus.Current, "PVC is Bound", null)]
    [InlineData("""{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"d"},"status":{"phase":"Pending"}}""", HealthStatus.InProgress, "PVC is not Bound. phase: Pending", "NotBound")]
    [InlineData("""{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"d"}}""", HealthStatus.InProgress, "PVC is not Bound. phase: unknown", "NotBound")]
    [InlineData("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"s"},"spec":{"type":"ClusterIP"}}""", HealthStatus.Current, "Service is ready", null)]
    [InlineData("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"s"},"spec":{"type":"LoadBalancer"}}""", HealthStatus.InProgress, "ClusterIP not set. Service type: LoadBalancer", "NoIPAssigned")]
    [InlineData("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"s"},"spec":{"type":"LoadBalancer","clusterIP":"10.0.0.9"}}""", HealthStatus.Current, "Service is ready", null)]
    [InlineData("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"}}""", HealthStatus.Current, "Resource is always ready", null)]
    [InlineData("""{"apiVersion":"v1","kind":"Secret","metadata":{"name":"c"}}""", HealthStatus.Current, "Resource is always ready", null)]
    [InlineData("""{"apiVersion":"batch/v1","kind":"CronJob","metadata":{"name":"c"}}""", HealthStatus.Current, "Resource is always ready", null)]
    [InlineData("""{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"name":"c"}}""", HealthStatus.Current, "AllowedDisruptions has been computed.", null)]
    public void CoreKinds(string json, HealthStatus status, string message, string? reason) => AssertHealth(json, status, message, reason);

    private const string Crd = """{"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"widgets.example.com"},""";

    [Theory]
    [InlineData("""{"status":{"conditions":[{"type":"NamesAccepted","status":"True"},{"type":"Established","status":"True"}]}}""", HealthStatus.Current, "CRD is established", null)]
    [InlineData("""{"status":{"conditions":[{"type":"NamesAccepted","status":"False","reason":"NameConflict","message":"\"widgets\" is already in use"}]}}""", HealthStatus.Failed, "\"widgets\" is already in use", "NameConflict")]
    [InlineData("""{"status":{"conditions":[{"type":"Established","status":"False","reason":"Installing","message":"the initial names have been accepted"}]}}""", HealthStatus.InProgress, "Install in progress", "Installing")]
    [InlineData("""{"status":{"conditions":[{"type":"Established","status":"False","reason":"Broken","message":"nope"}]}}""", HealthStatus.Failed, "nope", "Broken")]
    [InlineData("""{"spec":{}}""", HealthStatus.InProgress, "Install in progress", "Installing")]
    public void CustomResourceDefinition(string rest, HealthStatus status, string message, string? reason) => AssertHealth(Crd + rest[1..], status, message, reason);

    [Theory]
    [InlineData("""{"apiVersion":"apiregistration.k8s.io/v1","kind":"APIService","metadata":{"name":"v1beta1.metrics.k8s.io"},"status":{"conditions":[{"type":"Available","status":"False","reason":"MissingEndpoints"}]}}""", HealthStatus.Current, "Resource is current", null)]
    [InlineData("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"demo"},"status":{"phase":"Active"}}""", HealthStatus.Current, "Resource is current", null)]
    [InlineData("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"demo","deletionTimestamp":"2026-11-22T08:00:00Z"},"status":{"phase":"Terminating"}}""", HealthStatus.Terminating, "Resource scheduled for deletion", null)]
    public void ApiServiceAndNamespace_FollowTheGenericRules(string json, HealthStatus status, string message, string? reason) => AssertHealth(json, status, message, reason);

    private const string Cr = """{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w","generation":3},""";

    [Theory]
    [InlineData("""{"status":{"observedGeneration":3,"conditions":[{"type":"Ready","status":"True"}]}}""", HealthStatus.Current, "Resource is Ready", null)]
    [InlineData("""{"status":{"observedGeneration":3,"conditions":[{"type":"Ready","status":"False","reason":"Waiting","message":"dependency missing"}]}}""", HealthStatus.InProgress, "dependency missing", "Waiting")]
    [InlineData("""{"status":{"observedGeneration":3,"conditions":[{"type":"Ready","status":"Unknown","reason":"Pending","message":"starting"}]}}""", HealthStatus.InProgress, "starting", "Pending")]
    [InlineData("""{"status":{"observedGeneration":2,"conditions":[{"type":"Ready","status":"True"}]}}""", HealthStatus.InProgress, "Widget generation is 3, but latest observed generation is 2", "LatestGenerationNotObserved")]
    [InlineData("""{"status":{"conditions":[{"type":"Reconciling","status":"True","reason":"Progressing","message":"rolling out"}]}}""", HealthStatus.InProgress, "rolling out", "Progressing")]
    [InlineData("""{"status":{"conditions":[{"type":"Stalled","status":"True","reason":"InvalidSpec","message":"bad size"},{"type":"Ready","status":"True"}]}}""", HealthStatus.Failed, "bad size", "InvalidSpec")]
    [InlineData("""{"status":{"conditions":[{"type":"Other","status":"False"}]}}""", HealthStatus.Current, "Resource is current", null)]
    [InlineData("""{"spec":{}}""", HealthStatus.Current, "Resource is current", null)]
    [InlineData("""{"status":"broken"}""", HealthStatus.Unknown, "status is not an object", null)]
    [InlineData("""{"status":{"conditions":{"type":"Ready"}}}""", HealthStatus.Unknown, "status.conditions is not a list", null)]
    [InlineData("""{"status":{"conditions":[{"type":5}]}}""", HealthStatus.Unknown, "status.conditions has an entry that is not a condition", null)]
    public void CustomResource_GenericRules(string rest, HealthStatus status, string message, string? reason) => AssertHealth(Cr + rest[1..], status, message, reason);

    [Fact]
    public void Terminating_WinsOverEverything() =>
        AssertHealth(
            """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","generation":2,"deletionTimestamp":"2026-11-22T08:00:00Z"},"status":{"observedGeneration":1}}""",
            HealthStatus.Terminating,
            "Resource scheduled for deletion");

    [Fact]
    public void Terminating_IsDecidedBeforeMalformedConditionsAreRead() =>
        AssertHealth(
            """{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w","deletionTimestamp":"2026-11-22T08:00:00Z"},"status":{"conditions":"broken"}}""",
            HealthStatus.Terminating,
            "Resource scheduled for deletion");
}
