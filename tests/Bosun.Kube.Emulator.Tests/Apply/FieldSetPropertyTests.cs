using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;

namespace Bosun.Kube.Emulator.Tests.Apply;

/// <summary>Fixed-seed random field sets: fieldsV1 round trips and set-algebra identities.</summary>
public class FieldSetPropertyTests
{
    private static PathElement RandomElement(Random r) => r.Next(6) switch
    {
        0 or 1 or 2 => PathElement.Field(((char)('a' + r.Next(5))).ToString() + (r.Next(3) == 0 ? ".x" : "")),
        3 => PathElement.Key(("name", JsonValue.Create("n" + r.Next(3))), ("port", JsonValue.Create(r.Next(2) * 80))),
        4 => PathElement.OfValue(r.Next(2) == 0 ? JsonValue.Create("v" + r.Next(3)) : JsonValue.Create(r.Next(3))),
        _ => PathElement.OfIndex(r.Next(4)),
    };

    private static FieldSet RandomSet(Random r)
    {
        var set = new FieldSet();
        var count = r.Next(12);
        for (var i = 0; i < count; i++)
        {
            var len = 1 + r.Next(4);
            set.Insert(new FieldPath(Enumerable.Range(0, len).Select(_ => RandomElement(r))));
        }
        return set;
    }

    [Fact]
    public void FieldsV1_RandomSets_RoundTripExactly()
    {
        var r = new Random(4242);
        for (var i = 0; i < 500; i++)
        {
            var set = RandomSet(r);
            var json = set.ToFieldsV1Json();
            var back = FieldSet.FromFieldsV1Json(json);
            Assert.True(set.SetEquals(back), json);
            Assert.Equal(json, back.ToFieldsV1Json());
            Assert.Equal(set.Count, back.Count);
        }
    }

    [Fact]
    public void SetAlgebra_RandomSets_Identities()
    {
        var r = new Random(777);
        for (var i = 0; i < 300; i++)
        {
            var a = RandomSet(r);
            var b = RandomSet(r);
            var union = a.Union(b);
            var inter = a.Intersection(b);
            var diff = a.Difference(b);
            Assert.True(union.Intersection(a).SetEquals(a));
            Assert.True(inter.SetEquals(b.Intersection(a)));
            Assert.True(diff.Intersection(b).IsEmpty);
            Assert.True(diff.Union(inter).SetEquals(a));
            Assert.Equal(a.Paths().Count(p => b.Has(p)), inter.Count);
            Assert.True(a.RecursiveDifference(b).Difference(diff).IsEmpty);
            foreach (var p in a.Paths())
            {
                Assert.True(a.Has(p));
                Assert.True(union.Has(p));
            }
        }
    }
}
