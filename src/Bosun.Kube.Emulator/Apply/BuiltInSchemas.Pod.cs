namespace Bosun.Kube.Emulator.Apply;

internal static partial class BuiltInSchemas
{
    /// <summary>core/v1 PodSpec and its parts.</summary>
    private static class Pod
    {
        private static MergeSchema EnvVarSource => S(
            ("configMapKeyRef", AtomicStruct),
            ("secretKeyRef", AtomicStruct),
            ("fieldRef", AtomicStruct),
            ("resourceFieldRef", AtomicStruct),
            ("fileKeyRef", AtomicStruct));

        private static MergeSchema Container => S(
            ("ports", Keyed(S(), ["containerPort", "protocol"], Tcp)),
            ("env", Keyed(S(("valueFrom", EnvVarSource)), "name")),
            ("volumeMounts", Keyed(S(("recursiveReadOnly", ScalarSchema.Instance), ("bindMountOptions", Set)), "mountPath")),
            ("volumeDevices", Keyed(S(), "devicePath")),
            ("resources", S(("claims", Keyed(S(), "name")), ("limits", StringMap), ("requests", StringMap))));

        private static MergeSchema Volume => S(
            ("secret", S()),
            ("configMap", S()),
            ("persistentVolumeClaim", S()),
            ("projected", S()));

        private static MergeSchema Affinity => S(
            ("nodeAffinity", S(("requiredDuringSchedulingIgnoredDuringExecution", AtomicStruct))));

        public static MergeSchema Spec => S(
            ("containers", Keyed(Container, "name")),
            ("initContainers", Keyed(Container, "name")),
            ("ephemeralContainers", Keyed(Container, "name")),
            ("volumes", Keyed(Volume, "name")),
            ("imagePullSecrets", Keyed(AtomicStruct, "name")),
            ("hostAliases", Keyed(S(), "ip")),
            ("topologySpreadConstraints", Keyed(S(("labelSelector", AtomicStruct)), "topologyKey", "whenUnsatisfiable")),
            ("schedulingGates", Keyed(S(), "name")),
            ("resourceClaims", Keyed(S(), "name")),
            ("nodeSelector", AtomicMap),
            ("affinity", Affinity));
    }
}
