using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;
using static Bosun.Kube.Emulator.Tests.Apply.Json;

namespace Bosun.Kube.Emulator.Tests.Apply;

public class FieldSetTests
{
    private static FieldPath P(params PathElement[] e) => new(e);

    private static PathElement F(string n) => PathElement.Field(n);

    [Fact]
    public void FieldPath_ToString_MatchesSmdFormat()
    {
        var path = P(F("spec"), F("template"), F("spec"), F("containers"), PathElement.Key(("name", JsonValue.Create("web"))), F("image"));
        Assert.Equal(".spec.template.spec.containers[name=\"web\"].image", path.ToString());
        var port = P(F("spec"), F("ports"), PathElement.Key(("protocol", JsonValue.Create("TCP")), ("port", JsonValue.Create(80))));
        Assert.Equal(".spec.ports[port=80,protocol=\"TCP\"]", port.ToString());
        Assert.Equal(".metadata.finalizers[=\"a/b\"]", P(F("metadata"), F("finalizers"), PathElement.OfValue(JsonValue.Create("a/b"))).ToString());
        Assert.Equal(".spec.args[3]", P(F("spec"), F("args"), PathElement.OfIndex(3)).ToString());
    }

    [Fact]
    public void ToFieldsV1_KeysSortedAndDotForOwnedParents()
    {
        var set = FieldSet.Of(
            P(F("spec"), F("replicas")),
            P(F("spec"), F("containers"), PathElement.Key(("name", JsonValue.Create("web")))),
            P(F("spec"), F("containers"), PathElement.Key(("name", JsonValue.Create("web"))), F("image")),
            P(F("metadata"), F("finalizers"), PathElement.OfValue(JsonValue.Create("x"))),
            P(F("spec"), F("ports"), PathElement.Key(("protocol", JsonValue.Create("TCP")), ("containerPort", JsonValue.Create(80)))));
        Assert.Equal(
            Q("{'f:metadata':{'f:finalizers':{'v:\\'x\\'':{}}},'f:spec':{'f:containers':{'k:{\\'name\\':\\'web\\'}':{'.':{},'f:image':{}}},'f:ports':{'k:{\\'containerPort\\':80,\\'protocol\\':\\'TCP\\'}':{}},'f:replicas':{}}}"),
            set.ToFieldsV1Json());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{'f:a':{}}")]
    [InlineData("{'f:metadata':{'f:labels':{'.':{},'f:app':{}}},'f:spec':{'f:replicas':{}}}")]
    [InlineData("{'f:spec':{'f:containers':{'k:{\\'name\\':\\'web\\'}':{'.':{},'f:env':{'k:{\\'name\\':\\'MODE\\'}':{'.':{},'f:name':{},'f:value':{}}}}}}}")]
    [InlineData("{'f:x':{'v:3':{},'v:true':{},'i:0':{},'i:12':{'.':{},'f:y':{}}}}")]
    public void FieldsV1_RoundTrip_IsIdentity(string json)
    {
        var text = Q(json);
        Assert.Equal(text, FieldSet.FromFieldsV1Json(text).ToFieldsV1Json());
    }

    [Fact]
    public void FromFieldsV1_UnsortedInput_SerializesSorted()
    {
        var set = FieldSet.FromFieldsV1Json(Q("{'f:b':{},'f:a':{'f:z':{},'f:y':{}},'k:{\\'b\\':1,\\'a\\':2}':{}}"));
        Assert.Equal(Q("{'f:a':{'f:y':{},'f:z':{}},'f:b':{},'k:{\\'a\\':2,\\'b\\':1}':{}}"), set.ToFieldsV1Json());
        Assert.Equal(4, set.Count);
    }

    [Fact]
    public void FromFieldsV1_UnknownPrefix_IsDropped()
    {
        Assert.Equal(Q("{'f:a':{}}"), FieldSet.FromFieldsV1Json(Q("{'f:a':{},'x:future':{}}")).ToFieldsV1Json());
    }

    [Theory]
    [InlineData("[]", "fieldsV1 must be a JSON object, got an array")]
    [InlineData("'f:a'", "fieldsV1 must be a JSON object, got a string")]
    [InlineData("{'f':{}}", "fieldsV1 \"f\": key must be 2 characters long")]
    [InlineData("{'fa':{}}", "fieldsV1 \"fa\": missing colon")]
    [InlineData("{'f:a':[]}", "fieldsV1 f:a: expected an object, got an array")]
    [InlineData("{'f:a':{'f:b':1}}", "fieldsV1 f:a f:b: expected an object, got a number")]
    [InlineData("{'k:{nope':{}}", "fieldsV1 \"k:{nope\": the element is not valid JSON")]
    [InlineData("{'k:[1]':{}}", "fieldsV1 \"k:[1]\": a key element must be a JSON object")]
    [InlineData("{'k:{}':{}}", "fieldsV1 \"k:{}\": a key element needs at least one field")]
    [InlineData("{'v:1 2':{}}", "fieldsV1 \"v:1 2\": the element is not valid JSON")]
    [InlineData("{'i:x':{}}", "fieldsV1 \"i:x\": the index is not an integer")]
    public void FromFieldsV1_Malformed_Throws(string json, string message)
    {
        var e = Assert.Throws<FieldsV1Exception>(() => FieldSet.FromFieldsV1(Node(json)));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void FromFieldsV1Json_NotJson_Throws()
    {
        var e = Assert.Throws<FieldsV1Exception>(() => FieldSet.FromFieldsV1Json("{\"f:a\":"));
        Assert.StartsWith("fieldsV1 is not valid JSON: ", e.Message);
    }

    [Fact]
    public void SetOperations_FollowSmdSemantics()
    {
        var a = FieldSet.FromFieldsV1Json(Q("{'f:a':{'.':{},'f:b':{},'f:c':{}},'f:d':{}}"));
        var b = FieldSet.FromFieldsV1Json(Q("{'f:a':{'f:b':{}},'f:e':{}}"));
        Assert.Equal(Q("{'f:a':{'.':{},'f:b':{},'f:c':{}},'f:d':{},'f:e':{}}"), a.Union(b).ToFieldsV1Json());
        Assert.Equal(Q("{'f:a':{'f:b':{}}}"), a.Intersection(b).ToFieldsV1Json());
        Assert.Equal(Q("{'f:a':{'.':{},'f:c':{}},'f:d':{}}"), a.Difference(b).ToFieldsV1Json());
        // A member of the other set removes the whole subtree only in a recursive difference.
        var parent = FieldSet.FromFieldsV1Json(Q("{'f:a':{}}"));
        Assert.Equal(Q("{'f:a':{'f:b':{},'f:c':{}},'f:d':{}}"), a.Difference(parent).ToFieldsV1Json());
        Assert.Equal(Q("{'f:d':{}}"), a.RecursiveDifference(parent).ToFieldsV1Json());
        Assert.True(a.Has(FieldPath.Of("a", "c")));
        Assert.False(a.Has(FieldPath.Of("a", "x")));
        Assert.True(a.Intersection(new FieldSet()).IsEmpty);
        Assert.True(a.SetEquals(FieldSet.FromFieldsV1(a.ToFieldsV1())));
    }

    [Fact]
    public void Paths_IterateMembersBeforeChildren()
    {
        var s = FieldSet.FromFieldsV1Json(Q("{'f:spec':{'f:replicas':{},'f:template':{'f:x':{}}},'f:a':{}}"));
        Assert.Equal([".a", ".spec.replicas", ".spec.template.x"], s.Paths().Select(p => p.ToString()));
    }

    [Fact]
    public void PathElementOrder_FieldsBeforeKeysBeforeValuesBeforeIndexes()
    {
        var list = new List<PathElement>
        {
            PathElement.OfIndex(0), PathElement.OfValue(JsonValue.Create("s")), PathElement.OfValue(JsonValue.Create(2)),
            PathElement.Key(("name", JsonValue.Create("a"))), F("z"), F("a"),
        };
        list.Sort(PathElement.Comparer);
        Assert.Equal(["f:a", "f:z", "k:{\"name\":\"a\"}", "v:2", "v:\"s\"", "i:0"], list.Select(e => e.Serialize()));
    }

    [Fact]
    public void Serialize_EscapesLikeGoJson()
    {
        Assert.Equal("v:\"a\\u003cb\\u0026c\\u003e\"", PathElement.OfValue(JsonValue.Create("a<b&c>")).Serialize());
        Assert.Equal("k:{\"name\":\"é\\\"x\"}", PathElement.Key(("name", JsonValue.Create("é\"x"))).Serialize());
        var set = FieldSet.Of(new FieldPath([PathElement.Field("f"), PathElement.OfValue(JsonValue.Create("<"))]));
        Assert.True(set.SetEquals(FieldSet.FromFieldsV1Json(set.ToFieldsV1Json())));
    }
}
