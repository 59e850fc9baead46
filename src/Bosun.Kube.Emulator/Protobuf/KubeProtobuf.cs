using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Store;

namespace Bosun.Kube.Emulator.Protobuf;

/// <summary>
/// Decodes the protobuf request bodies client-go's typed clients send (helm 4's release Secrets, ConfigMaps and
/// DeleteOptions): the <c>k8s\0</c> magic, the <c>runtime.Unknown</c> envelope, then Secret, ConfigMap,
/// ObjectMeta and DeleteOptions by the field numbers of k8s.io/api and apimachinery <c>generated.proto</c>.
/// Go zero values (empty strings, 0, empty times) are dropped. Any other kind is rejected.
/// </summary>
public static class KubeProtobuf
{
    private static readonly byte[] s_magic = [0x6B, 0x38, 0x73, 0x00];

    /// <summary>The apiVersion, kind and JSON form of an enveloped Secret or ConfigMap.</summary>
    public static (string ApiVersion, string Kind, JsonObject Object) DecodeObject(byte[] body)
    {
        var (apiVersion, kind, raw) = Envelope(body);
        var obj = kind switch
        {
            "Secret" when apiVersion == "v1" => Secret(raw),
            "ConfigMap" when apiVersion == "v1" => ConfigMap(raw),
            "Namespace" when apiVersion == "v1" => Namespace(raw),
            "ServiceAccount" when apiVersion == "v1" => ServiceAccount(raw),
            _ => throw new UnsupportedProtobufKindException($"protobuf bodies of {apiVersion}/{kind} are not supported by the emulator; send JSON"),
        };
        return (apiVersion, kind, obj);
    }

    /// <summary>DeleteOptions, enveloped or bare.</summary>
    public static JsonObject DecodeDeleteOptions(byte[] body)
    {
        if (body.AsSpan().StartsWith(s_magic))
        {
            var (_, kind, raw) = Envelope(body);
            if (kind.Length > 0 && kind != "DeleteOptions")
            {
                throw new ProtobufException($"expected DeleteOptions, got {kind}");
            }

            return DeleteOptions(raw);
        }

        return DeleteOptions(body);
    }

    private static (string ApiVersion, string Kind, byte[] Raw) Envelope(byte[] body)
    {
        if (!body.AsSpan().StartsWith(s_magic))
        {
            throw new ProtobufException("missing the k8s protobuf magic prefix");
        }

        var reader = new ProtoReader(body.AsSpan(4));
        string apiVersion = "";
        string kind = "";
        byte[] raw = [];
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    ProtoReader.Expect(wire, 2, field);
                    var typeMeta = new ProtoReader(reader.ReadBytes());
                    while (!typeMeta.End)
                    {
                        var (f, w) = typeMeta.ReadTag();
                        if (f is 1 or 2 && w == 2)
                        {
                            string s = typeMeta.ReadString();
                            if (f == 1)
                            {
                                apiVersion = s;
                            }
                            else
                            {
                                kind = s;
                            }
                        }
                        else
                        {
                            typeMeta.Skip(w);
                        }
                    }

                    break;
                case 2:
                    ProtoReader.Expect(wire, 2, field);
                    raw = reader.ReadBytes().ToArray();
                    break;
                case 3:
                    ProtoReader.Expect(wire, 2, field);
                    if (reader.ReadString() is { Length: > 0 } encoding)
                    {
                        throw new ProtobufException($"unsupported content encoding {encoding}");
                    }

                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        return (apiVersion, kind, raw);
    }

    private static JsonObject Secret(byte[] raw)
    {
        var obj = new JsonObject();
        var reader = new ProtoReader(raw);
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    ProtoReader.Expect(wire, 2, field);
                    obj["metadata"] = ObjectMeta(reader.ReadBytes());
                    break;
                case 2:
                    ProtoReader.Expect(wire, 2, field);
                    var (key, value) = MapEntry(reader.ReadBytes());
                    Map(obj, "data")[key] = Convert.ToBase64String(value);
                    break;
                case 3:
                    ProtoReader.Expect(wire, 2, field);
                    if (reader.ReadString() is { Length: > 0 } type)
                    {
                        obj["type"] = type;
                    }

                    break;
                case 4:
                    ProtoReader.Expect(wire, 2, field);
                    var (sk, sv) = MapEntry(reader.ReadBytes());
                    Map(obj, "stringData")[sk] = System.Text.Encoding.UTF8.GetString(sv);
                    break;
                case 5:
                    ProtoReader.Expect(wire, 0, field);
                    obj["immutable"] = reader.ReadVarint() != 0;
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        return obj;
    }

    /// <summary>Namespace: metadata=1, spec=2 (finalizers=1), status=3 (phase=1; ignored on writes).</summary>
    private static JsonObject Namespace(byte[] raw)
    {
        var obj = new JsonObject();
        var reader = new ProtoReader(raw);
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    ProtoReader.Expect(wire, 2, field);
                    obj["metadata"] = ObjectMeta(reader.ReadBytes());
                    break;
                case 2:
                    ProtoReader.Expect(wire, 2, field);
                    var spec = new ProtoReader(reader.ReadBytes());
                    while (!spec.End)
                    {
                        var (f, w) = spec.ReadTag();
                        if (f == 1 && w == 2)
                        {
                            if (Map(obj, "spec")["finalizers"] is not JsonArray finalizers)
                            {
                                finalizers = [];
                                Map(obj, "spec")["finalizers"] = finalizers;
                            }

                            finalizers.Push(spec.ReadString());
                        }
                        else
                        {
                            spec.Skip(w);
                        }
                    }

                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        return obj;
    }

    /// <summary>ServiceAccount: metadata=1, secrets=2 (ObjectReference name=3), imagePullSecrets=3 (name=1), automountServiceAccountToken=4.</summary>
    private static JsonObject ServiceAccount(byte[] raw)
    {
        var obj = new JsonObject();
        var reader = new ProtoReader(raw);
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    ProtoReader.Expect(wire, 2, field);
                    obj["metadata"] = ObjectMeta(reader.ReadBytes());
                    break;
                case 2 or 3:
                    ProtoReader.Expect(wire, 2, field);
                    var reference = new ProtoReader(reader.ReadBytes());
                    string name = "";
                    while (!reference.End)
                    {
                        var (f, w) = reference.ReadTag();
                        if (f == (field == 2 ? 3 : 1) && w == 2)
                        {
                            name = reference.ReadString();
                        }
                        else
                        {
                            reference.Skip(w);
                        }
                    }

                    string key = field == 2 ? "secrets" : "imagePullSecrets";
                    if (obj[key] is not JsonArray list)
                    {
                        list = [];
                        obj[key] = list;
                    }

                    list.Push(new JsonObject { ["name"] = name });
                    break;
                case 4:
                    ProtoReader.Expect(wire, 0, field);
                    obj["automountServiceAccountToken"] = reader.ReadVarint() != 0;
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        return obj;
    }

    private static JsonObject ConfigMap(byte[] raw)
    {
        var obj = new JsonObject();
        var reader = new ProtoReader(raw);
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    ProtoReader.Expect(wire, 2, field);
                    obj["metadata"] = ObjectMeta(reader.ReadBytes());
                    break;
                case 2:
                    ProtoReader.Expect(wire, 2, field);
                    var (key, value) = MapEntry(reader.ReadBytes());
                    Map(obj, "data")[key] = System.Text.Encoding.UTF8.GetString(value);
                    break;
                case 3:
                    ProtoReader.Expect(wire, 2, field);
                    var (bk, bv) = MapEntry(reader.ReadBytes());
                    Map(obj, "binaryData")[bk] = Convert.ToBase64String(bv);
                    break;
                case 4:
                    ProtoReader.Expect(wire, 0, field);
                    obj["immutable"] = reader.ReadVarint() != 0;
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        return obj;
    }

    private static JsonObject ObjectMeta(ReadOnlySpan<byte> data)
    {
        var meta = new JsonObject();
        var reader = new ProtoReader(data);
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            switch (field)
            {
                case 1 or 2 or 3 or 5 or 6:
                    ProtoReader.Expect(wire, 2, field);
                    string s = reader.ReadString();
                    if (s.Length > 0)
                    {
                        meta[field switch { 1 => "name", 2 => "generateName", 3 => "namespace", 5 => "uid", _ => "resourceVersion" }] = s;
                    }

                    break;
                case 7:
                    ProtoReader.Expect(wire, 0, field);
                    if ((long)reader.ReadVarint() is var generation and not 0)
                    {
                        meta["generation"] = generation;
                    }

                    break;
                case 8 or 9:
                    ProtoReader.Expect(wire, 2, field);
                    if (Time(reader.ReadBytes()) is { } time)
                    {
                        meta[field == 8 ? "creationTimestamp" : "deletionTimestamp"] = time;
                    }

                    break;
                case 11 or 12:
                    ProtoReader.Expect(wire, 2, field);
                    var (key, value) = MapEntry(reader.ReadBytes());
                    Map(meta, field == 11 ? "labels" : "annotations")[key] = System.Text.Encoding.UTF8.GetString(value);
                    break;
                case 13:
                    ProtoReader.Expect(wire, 2, field);
                    if (meta["ownerReferences"] is not JsonArray refs)
                    {
                        refs = [];
                        meta["ownerReferences"] = refs;
                    }

                    refs.Push(OwnerReference(reader.ReadBytes()));
                    break;
                case 14:
                    ProtoReader.Expect(wire, 2, field);
                    if (meta["finalizers"] is not JsonArray finalizers)
                    {
                        finalizers = [];
                        meta["finalizers"] = finalizers;
                    }

                    finalizers.Push(reader.ReadString());
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        return meta;
    }

    private static JsonObject OwnerReference(ReadOnlySpan<byte> data)
    {
        var owner = new JsonObject();
        var reader = new ProtoReader(data);
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            switch (field)
            {
                case 1 or 3 or 4 or 5:
                    ProtoReader.Expect(wire, 2, field);
                    owner[field switch { 1 => "kind", 3 => "name", 4 => "uid", _ => "apiVersion" }] = reader.ReadString();
                    break;
                case 6 or 7:
                    ProtoReader.Expect(wire, 0, field);
                    owner[field == 6 ? "controller" : "blockOwnerDeletion"] = reader.ReadVarint() != 0;
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        return owner;
    }

    private static string? Time(ReadOnlySpan<byte> data)
    {
        long seconds = 0;
        var reader = new ProtoReader(data);
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            if (field == 1 && wire == 0)
            {
                seconds = (long)reader.ReadVarint();
            }
            else
            {
                reader.Skip(wire);
            }
        }

        return seconds == 0 ? null : Store.ObjectStore.FormatTime(DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    private static (string Key, byte[] Value) MapEntry(ReadOnlySpan<byte> data)
    {
        string key = "";
        byte[] value = [];
        var reader = new ProtoReader(data);
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            if (field == 1 && wire == 2)
            {
                key = reader.ReadString();
            }
            else if (field == 2 && wire == 2)
            {
                value = reader.ReadBytes().ToArray();
            }
            else
            {
                reader.Skip(wire);
            }
        }

        return (key, value);
    }

    private static JsonObject DeleteOptions(byte[] raw)
    {
        var obj = new JsonObject();
        var reader = new ProtoReader(raw);
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    ProtoReader.Expect(wire, 0, field);
                    obj["gracePeriodSeconds"] = (long)reader.ReadVarint();
                    break;
                case 2:
                    ProtoReader.Expect(wire, 2, field);
                    var pre = new JsonObject();
                    var p = new ProtoReader(reader.ReadBytes());
                    while (!p.End)
                    {
                        var (f, w) = p.ReadTag();
                        if (f is 1 or 2 && w == 2)
                        {
                            pre[f == 1 ? "uid" : "resourceVersion"] = p.ReadString();
                        }
                        else
                        {
                            p.Skip(w);
                        }
                    }

                    obj["preconditions"] = pre;
                    break;
                case 3:
                    ProtoReader.Expect(wire, 0, field);
                    obj["orphanDependents"] = reader.ReadVarint() != 0;
                    break;
                case 4:
                    ProtoReader.Expect(wire, 2, field);
                    if (reader.ReadString() is { Length: > 0 } policy)
                    {
                        obj["propagationPolicy"] = policy;
                    }

                    break;
                case 5:
                    ProtoReader.Expect(wire, 2, field);
                    if (obj["dryRun"] is not JsonArray dry)
                    {
                        dry = [];
                        obj["dryRun"] = dry;
                    }

                    dry.Push(reader.ReadString());
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        return obj;
    }

    private static JsonObject Map(JsonObject parent, string key)
    {
        if (parent[key] is JsonObject map)
        {
            return map;
        }

        map = [];
        parent[key] = map;
        return map;
    }
}
