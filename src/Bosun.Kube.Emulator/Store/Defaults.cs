using System.Text;
using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Registry;

namespace Bosun.Kube.Emulator.Store;

/// <summary>
/// The few server defaults that affect merge keys, health or what clients read back: port protocols, Service
/// type and clusterIP, workload replicas, Secret type and stringData, Namespace label/finalizer/phase, PVC phase,
/// the CRD cleanup finalizer. Everything else stays undefaulted. Idempotent.
/// </summary>
internal static class Defaults
{
    public static void Apply(ResourceType type, JsonObject obj, Func<string> nextClusterIp)
    {
        if (type.CrdName is not null)
        {
            return;
        }

        switch (type.Group, type.Kind)
        {
            case ("", "Namespace"):
                Namespace(obj);
                break;
            case ("", "Secret"):
                Secret(obj);
                break;
            case ("", "Service"):
                Service(obj, nextClusterIp);
                break;
            case ("", "Pod"):
                PodSpec(obj["spec"] as JsonObject);
                break;
            case ("", "PersistentVolumeClaim"):
                if (obj["status"]?["phase"] is null)
                {
                    Json.Obj(obj, "status")["phase"] = "Pending";
                }

                break;
            case ("apps", "Deployment" or "ReplicaSet" or "StatefulSet"):
                Replicas(obj);
                PodSpec(obj["spec"]?["template"]?["spec"] as JsonObject);
                break;
            case ("apps", "DaemonSet") or ("batch", "Job") or ("", "ReplicationController") or ("", "PodTemplate"):
                PodSpec(obj["spec"]?["template"]?["spec"] as JsonObject);
                break;
            case ("batch", "CronJob"):
                PodSpec(obj["spec"]?["jobTemplate"]?["spec"]?["template"]?["spec"] as JsonObject);
                break;
            case ("apiextensions.k8s.io", "CustomResourceDefinition"):
                AddFinalizer(obj, "customresourcecleanup.apiextensions.k8s.io");
                break;
        }
    }

    private static void AddFinalizer(JsonObject obj, string finalizer)
    {
        var meta = Json.Meta(obj);
        if (meta["deletionTimestamp"] is not null)
        {
            return;
        }

        if (meta["finalizers"] is not JsonArray array)
        {
            array = [];
            meta["finalizers"] = array;
        }

        if (!array.Any(f => Json.Str(f) == finalizer))
        {
            array.Push(finalizer);
        }
    }

    private static void Namespace(JsonObject obj)
    {
        var meta = Json.Meta(obj);
        Json.Obj(meta, "labels")["kubernetes.io/metadata.name"] = Json.Name(obj);
        if (meta["deletionTimestamp"] is null)
        {
            var spec = Json.Obj(obj, "spec");
            if (spec["finalizers"] is null)
            {
                spec["finalizers"] = new JsonArray("kubernetes");
            }

            Json.Obj(obj, "status")["phase"] = "Active";
        }
    }

    private static void Secret(JsonObject obj)
    {
        if (obj["type"] is null)
        {
            obj["type"] = "Opaque";
        }

        if (obj["stringData"] is JsonObject stringData)
        {
            var data = Json.Obj(obj, "data");
            foreach (var (key, value) in stringData)
            {
                data[key] = Convert.ToBase64String(Encoding.UTF8.GetBytes(Json.Str(value)));
            }

            obj.Remove("stringData");
        }
    }

    private static void Service(JsonObject obj, Func<string> nextClusterIp)
    {
        var spec = Json.Obj(obj, "spec");
        if (spec["type"] is null)
        {
            spec["type"] = "ClusterIP";
        }

        string type = Json.Str(spec["type"]);
        if (type != "ExternalName" && spec["clusterIP"] is null)
        {
            string ip = nextClusterIp();
            spec["clusterIP"] = ip;
            spec["clusterIPs"] = new JsonArray(ip);
        }

        if (spec["sessionAffinity"] is null && type != "ExternalName")
        {
            spec["sessionAffinity"] = "None";
        }

        if (spec["ports"] is JsonArray ports)
        {
            foreach (var port in ports.OfType<JsonObject>())
            {
                if (port["protocol"] is null)
                {
                    port["protocol"] = "TCP";
                }

                if (port["targetPort"] is null && port["port"] is { } p)
                {
                    port["targetPort"] = p.DeepClone();
                }
            }
        }

        if (obj["status"] is null)
        {
            obj["status"] = new JsonObject { ["loadBalancer"] = new JsonObject() };
        }
    }

    private static void Replicas(JsonObject obj)
    {
        var spec = Json.Obj(obj, "spec");
        if (spec["replicas"] is null)
        {
            spec["replicas"] = 1;
        }
    }

    private static void PodSpec(JsonObject? spec)
    {
        if (spec is null)
        {
            return;
        }

        foreach (var list in new[] { "containers", "initContainers" })
        {
            if (spec[list] is not JsonArray containers)
            {
                continue;
            }

            foreach (var container in containers.OfType<JsonObject>())
            {
                if (container["ports"] is JsonArray ports)
                {
                    foreach (var port in ports.OfType<JsonObject>())
                    {
                        if (port["protocol"] is null)
                        {
                            port["protocol"] = "TCP";
                        }
                    }
                }
            }
        }
    }
}
