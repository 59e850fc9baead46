using System.Text;
using Bosun.Kube.Emulator.Protobuf;
using Bosun.Kube.Emulator.Tests.Support;

namespace Bosun.Kube.Emulator.Tests.Protobuf;

/// <summary>The protobuf request bodies helm 4 sends: Secret, ConfigMap, DeleteOptions; malformed input.</summary>
public sealed class KubeProtobufTests
{
    /// <summary>A tiny protobuf writer for building test bodies.</summary>
    private static class Pb
    {
        public static byte[] Varint(ulong v)
        {
            var bytes = new List<byte>();
            do
            {
                byte b = (byte)(v & 0x7F);
                v >>= 7;
                bytes.Add(v != 0 ? (byte)(b | 0x80) : b);
            }
            while (v != 0);
            return [.. bytes];
        }

        public static byte[] Bytes(int field, byte[] data) => [.. Varint((ulong)(field << 3 | 2)), .. Varint((ulong)data.Length), .. data];

        public static byte[] Str(int field, string s) => Bytes(field, Encoding.UTF8.GetBytes(s));

        public static byte[] Num(int field, ulong v) => [.. Varint((ulong)(field << 3)), .. Varint(v)];

        public static byte[] Entry(int field, string key, string value) => Bytes(field, [.. Str(1, key), .. Str(2, value)]);

        public static byte[] Envelope(string apiVersion, string kind, byte[] raw) =>
            [0x6B, 0x38, 0x73, 0x00, .. Bytes(1, [.. Str(1, apiVersion), .. Str(2, kind)]), .. Bytes(2, raw), .. Str(3, ""), .. Str(4, "")];
    }

    private static byte[] HelmSecret() => Pb.Envelope("v1", "Secret", [
        .. Pb.Bytes(1, [
            .. Pb.Str(1, "sh.helm.release.v1.rel1.v1"), .. Pb.Str(2, ""), .. Pb.Str(3, "default"), .. Pb.Num(7, 0),
            .. Pb.Bytes(8, []),
            .. Pb.Entry(11, "owner", "helm"), .. Pb.Entry(11, "status", "pending-install"), .. Pb.Str(14, "example.com/keep")]),
        .. Pb.Entry(2, "release", "H4sI"),
        .. Pb.Str(3, "helm.sh/release.v1"),
    ]);

    [Fact]
    public void DecodeObject_HelmSecret_JsonWithoutZeroValues()
    {
        var (apiVersion, kind, obj) = KubeProtobuf.DecodeObject(HelmSecret());
        Assert.Equal("v1", apiVersion);
        Assert.Equal("Secret", kind);
        Assert.Equal(
            """{"metadata":{"name":"sh.helm.release.v1.rel1.v1","namespace":"default","labels":{"owner":"helm","status":"pending-install"},"finalizers":["example.com/keep"]},"data":{"release":"SDRzSQ=="},"type":"helm.sh/release.v1"}""",
            obj.ToJsonString());
    }

    [Fact]
    public void DecodeObject_ConfigMap_DataAndBinaryData()
    {
        byte[] body = Pb.Envelope("v1", "ConfigMap", [
            .. Pb.Bytes(1, Pb.Str(1, "cm")), .. Pb.Entry(2, "a", "1"), .. Pb.Bytes(3, [.. Pb.Str(1, "b"), .. Pb.Bytes(2, [1, 2])]), .. Pb.Num(4, 1)]);
        var (_, _, obj) = KubeProtobuf.DecodeObject(body);
        Assert.Equal("""{"metadata":{"name":"cm"},"data":{"a":"1"},"binaryData":{"b":"AQI="},"immutable":true}""", obj.ToJsonString());
    }

    [Fact]
    public void DecodeDeleteOptions_Enveloped_PolicyPreconditionsDryRun()
    {
        byte[] body = Pb.Envelope("v1", "DeleteOptions", [
            .. Pb.Num(1, 0), .. Pb.Bytes(2, Pb.Str(1, "uid-1")), .. Pb.Str(4, "Background"), .. Pb.Str(5, "All")]);
        Assert.Equal("""{"gracePeriodSeconds":0,"preconditions":{"uid":"uid-1"},"propagationPolicy":"Background","dryRun":["All"]}""",
            KubeProtobuf.DecodeDeleteOptions(body).ToJsonString());
    }

    [Theory]
    [InlineData(new byte[] { 0x6B, 0x38, 0x73 })]
    [InlineData(new byte[] { 0x6B, 0x38, 0x73, 0x00, 0x0A, 0x05, 0x0A })]
    [InlineData(new byte[] { 0x6B, 0x38, 0x73, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF })]
    [InlineData(new byte[] { 0x6B, 0x38, 0x73, 0x00, 0x0F })]
    [InlineData(new byte[] { 0x7B, 0x7D })]
    public void DecodeObject_Malformed_Throws(byte[] body) =>
        Assert.Throws<ProtobufException>(() => KubeProtobuf.DecodeObject(body));

    [Fact]
    public void DecodeObject_OtherKind_Throws()
    {
        var ex = Assert.Throws<UnsupportedProtobufKindException>(() => KubeProtobuf.DecodeObject(Pb.Envelope("apps/v1", "Deployment", [])));
        Assert.Equal("protobuf bodies of apps/v1/Deployment are not supported by the emulator; send JSON", ex.Message);
    }

    [Fact]
    public async Task Post_ProtobufSecret_StoredAndDeletedWithProtobufOptions()
    {
        using var c = new InProcessCluster();
        using var content = new ByteArrayContent(HelmSecret());
        content.Headers.ContentType = new("application/vnd.kubernetes.protobuf");
        var created = await c.Client.PostAsync("api/v1/namespaces/default/secrets", content);
        Assert.Equal(201, (int)created.StatusCode);
        var get = await c.GetAsync("/api/v1/namespaces/default/secrets/sh.helm.release.v1.rel1.v1");
        Assert.Equal("helm.sh/release.v1", get.Json["type"]!.GetValue<string>());
        Assert.Equal("""{"owner":"helm","status":"pending-install"}""", get.Json["metadata"]!["labels"]!.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Delete, "api/v1/namespaces/default/secrets/sh.helm.release.v1.rel1.v1")
        {
            Content = new ByteArrayContent(Pb.Envelope("v1", "DeleteOptions", Pb.Str(4, "Background"))),
        };
        request.Content.Headers.ContentType = new("application/vnd.kubernetes.protobuf");
        Assert.Equal(200, (int)(await c.Client.SendAsync(request)).StatusCode);
        var terminating = await c.GetAsync("/api/v1/namespaces/default/secrets/sh.helm.release.v1.rel1.v1");
        Assert.NotNull(terminating.Json["metadata"]!["deletionTimestamp"]);
    }

    [Fact]
    public async Task Post_TruncatedProtobuf_BadRequest()
    {
        using var c = new InProcessCluster();
        using var content = new ByteArrayContent([0x6B, 0x38, 0x73, 0x00, 0x0A, 0x05]);
        content.Headers.ContentType = new("application/vnd.kubernetes.protobuf");
        var r = await c.Client.PostAsync("api/v1/namespaces/default/secrets", content);
        Assert.Equal(400, (int)r.StatusCode);
        Assert.Contains("length-delimited field runs past the end of the data", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
