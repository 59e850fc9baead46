using System.Text;
using Bosun.Core.Values;

namespace Bosun.Core.Tests.Values;

/// <summary>fmt over host objects, typed containers and the action printer (FormatValue/AppendValue).</summary>
public class GoFormatValueTests
{
    private static readonly GoType s_structType = new("main.T", GoKind.Struct);
    private static readonly GoType s_pointerType = new("*main.T", GoKind.Ptr, s_structType);

    private static FakeObject Struct(object? a, object? b, string? text = null) =>
        new(s_structType, ["A", "B"], [a, b], text);

    private static FakeObject Pointer(object? a, object? b, string? text = null) =>
        new(s_pointerType, ["A", "B"], [a, b], text);

    [Theory]
    [InlineData("%v", "{1 x}")]
    [InlineData("%+v", "{A:1 B:x}")]
    [InlineData("%#v", "main.T{A:1, B:\"x\"}")]
    [InlineData("%d", "{1 %!d(string=x)}")]
    [InlineData("%s", "{%!s(int=1) x}")]
    [InlineData("%T", "main.T")]
    [InlineData("%5v", "{    1     x}")]
    [InlineData("%p", "%!p(main.T={1 x})")]
    [InlineData("%w", "%!w(main.T={1 x})")]
    public void Sprintf_Struct_PrintsFields(string format, string expected)
    {
        Assert.Equal(expected, GoFormat.Sprintf(format, Struct(1L, "x")));
    }

    [Theory]
    [InlineData("%v", "&{1 x}")]
    [InlineData("%+v", "&{A:1 B:x}")]
    [InlineData("%#v", "&main.T{A:1, B:\"x\"}")]
    [InlineData("%d", "&{1 %!d(string=x)}")]
    [InlineData("%T", "*main.T")]
    public void Sprintf_PointerAtTopLevel_PrintsAmpersandStruct(string format, string expected)
    {
        Assert.Equal(expected, GoFormat.Sprintf(format, Pointer(1L, "x")));
    }

    [Fact]
    public void Sprintf_PointerNested_PrintsAddress()
    {
        var list = new GoList([Pointer(1L, "x")]);

        var v = GoFormat.Sprintf("%v", list);
        var p = GoFormat.Sprintf("%p", Pointer(1L, "x"));

        Assert.Matches("^\\[0xc[0-9a-f]{9,}\\]$", v);
        Assert.Matches("^0xc[0-9a-f]{9,}$", p);
        Assert.Matches("^\\[\\]interface \\{\\}\\{\\(\\*main\\.T\\)\\(0xc[0-9a-f]{9,}\\)\\}$", GoFormat.Sprintf("%#v", list));
        Assert.Matches("^\\[[0-9]+\\]$", GoFormat.Sprintf("%d", list));
    }

    [Theory]
    [InlineData("%v", "<hello>")]
    [InlineData("%s", "<hello>")]
    [InlineData("%q", "\"<hello>\"")]
    [InlineData("%x", "3c68656c6c6f3e")]
    [InlineData("%10v", "   <hello>")]
    [InlineData("%.3s", "<he")]
    [InlineData("%d", "{1 %!d(string=x)}")]
    [InlineData("%+v", "<hello>")]
    [InlineData("%#v", "main.T{A:1, B:\"x\"}")]
    [InlineData("%t", "{%!t(int=1) %!t(string=x)}")]
    public void Sprintf_Stringer_UsedForStringVerbsOnly(string format, string expected)
    {
        Assert.Equal(expected, GoFormat.Sprintf(format, Struct(1L, "x", "<hello>")));
    }

    [Fact]
    public void Sprintf_StringerInsideContainers_Used()
    {
        var s = Struct(1L, "x", "<s>");
        var map = new GoMap { ["k"] = s };
        var outer = Struct(s, null);

        Assert.Equal("[<s> <s>]", GoFormat.Sprintf("%v", new GoList([s, s])));
        Assert.Equal("map[k:<s>]", GoFormat.Sprintf("%v", map));
        Assert.Equal("{A:<s> B:<nil>}", GoFormat.Sprintf("%+v", outer));
        Assert.Equal("main.T{A:main.T{A:1, B:\"x\"}, B:interface {}(nil)}", GoFormat.Sprintf("%#v", outer));
    }

    [Fact]
    public void Sprintf_StringerFailure_PrintsPanicForm()
    {
        var bad = new FakeObject(s_structType, [], [], null, fail: "boom");

        Assert.Equal("%!v(PANIC=String method: boom)", GoFormat.Sprintf("%v", bad));
        Assert.Equal("[%!s(PANIC=String method: boom)]", GoFormat.Sprintf("%s", new GoList([bad])));
        Assert.Equal("{}", GoFormat.Sprintf("%d", bad));
    }

    [Fact]
    public void Sprintf_GoStringMethod_UsedForSharpV()
    {
        var obj = new FakeObject(s_structType, ["A"], [1L], "str", goString: "T(1)");

        Assert.Equal("T(1)", GoFormat.Sprintf("%#v", obj));
        Assert.Equal("str", GoFormat.Sprintf("%v", obj));
        Assert.Equal("[]interface {}{T(1)}", GoFormat.Sprintf("%#v", new GoList([obj])));
    }

    [Fact]
    public void Sprintf_StringerCallingSprintf_IsReentrant()
    {
        var inner = new ReentrantObject();

        Assert.Equal("a=[<1> <2>] b", GoFormat.Sprintf("a=%v %s", new GoList([inner, inner]), "b"));
    }

    [Theory]
    [InlineData("int8", GoKind.Int8, -1L, "%v|%d|%x|%#v|%T", "-1|-1|-1|-1|int8")]
    [InlineData("int64", GoKind.Int64, 255L, "%v|%x|%X|%o|%b|%c|%q|%U", "255|ff|FF|377|11111111|ÿ|'ÿ'|U+00FF")]
    [InlineData("uint8", GoKind.Uint8, 255L, "%v|%d|%x|%#v|%T", "255|255|ff|0xff|uint8")]
    [InlineData("uint64", GoKind.Uint64, -1L, "%v|%d|%#v|%x|%b", "18446744073709551615|18446744073709551615|0xffffffffffffffff|ffffffffffffffff|1111111111111111111111111111111111111111111111111111111111111111")]
    [InlineData("int32", GoKind.Int32, 0x1F600L, "%c|%q|%+q|%U|%#U", "\U0001F600|'\U0001F600'|'\\U0001f600'|U+1F600|U+1F600 '\U0001F600'")]
    [InlineData("uint", GoKind.Uint, 7L, "%s|%5.2f", "%!s(uint=7)|%!f(uint=   07)")]
    public void Sprintf_TypedIntegers_HonourSignednessAndType(string typeName, GoKind kind, long bits, string format, string expected)
    {
        var value = new GoInt(new GoType(typeName, kind), bits);
        int n = format.Split('|').Length;
        var args = Enumerable.Repeat<object?>(value, n).ToArray();

        Assert.Equal(expected, GoFormat.Sprintf(format, args));
    }

    [Fact]
    public void Sprintf_TypedContainers_UseTheirTypeNames()
    {
        var ints = new GoList(GoType.SliceOfInt, [1L, 2L]);
        var strings = new GoMap(GoType.MapOfString) { ["b"] = "y", ["a"] = "x" };
        var values = new GoMap(GoType.ChartutilValues) { ["a"] = 1.5 };
        var nilList = new GoList { IsNil = true };

        Assert.Equal("[]int{1, 2}", GoFormat.Sprintf("%#v", ints));
        Assert.Equal("map[string]string{\"a\":\"x\", \"b\":\"y\"}", GoFormat.Sprintf("%#v", strings));
        Assert.Equal("chartutil.Values{\"a\":1.5}|chartutil.Values|map[a:1.5]", GoFormat.Sprintf("%#v|%T|%v", values, values, values));
        Assert.Equal("[]|[]interface {}(nil)", GoFormat.Sprintf("%v|%#v", nilList, nilList));
    }

    [Fact]
    public void Sprintf_NilInTypedContainers_PrintsTypedNil()
    {
        var mapType = GoType.MapOfInterface;
        var listOfMaps = new GoList(new GoType("[]map[string]interface {}", GoKind.Slice, mapType), [null]);
        var listOfSlices = new GoList(new GoType("[][]string", GoKind.Slice, GoType.SliceOfString), [null]);
        var listOfPointers = new GoList(new GoType("[]*main.T", GoKind.Slice, s_pointerType), [null]);

        Assert.Equal("[map[]]|[]map[string]interface {}{map[string]interface {}(nil)}", GoFormat.Sprintf("%v|%#v", listOfMaps, listOfMaps));
        Assert.Equal("[[]]|[][]string{[]string(nil)}", GoFormat.Sprintf("%v|%#v", listOfSlices, listOfSlices));
        Assert.Equal("[<nil>]|[]*main.T{(*main.T)(nil)}|[0]|[%!s(*main.T=<nil>)]", GoFormat.Sprintf("%v|%#v|%d|%s", listOfPointers, listOfPointers, listOfPointers, listOfPointers));
    }

    [Fact]
    public void Sprintf_MapKeys_SortedByUtf8BytesLikeGo()
    {
        // UTF-16 ordinal order would put the surrogate pair (U+1F600) before U+FFFD.
        var map = new GoMap { ["\U0001F600"] = 2L, ["\uFFFD"] = 1L, ["z"] = 0L, ["\uE000"] = 3L };

        Assert.Equal("map[z:0 \uE000:3 \uFFFD:1 \U0001F600:2]", GoFormat.Sprintf("%v", map));
    }

    [Fact]
    public void StringOrder_ComparesByCodePoint()
    {
        var keys = new List<string> { "\U0001F600", "\uFFFD", "b", "a", "ab", string.Empty };
        keys.Sort(GoFormat.StringOrder);

        Assert.Equal(new[] { string.Empty, "a", "ab", "b", "\uFFFD", "\U0001F600" }, keys);
    }

    [Fact]
    public void Sprintf_StringerThrowingDotNetException_PrintsPanicForm()
    {
        var bad = new FakeObject(s_structType, [], [], null, crash: true);

        Assert.Equal("%!v(PANIC=String method: crash)", GoFormat.Sprintf("%v", bad));
    }

    [Fact]
    public void Sprint_ObjectsAndStrings_SpacingLikeGo()
    {
        Assert.Equal("{1 x} {2 y}a&{3 z}", GoFormat.Sprint([Struct(1L, "x"), Struct(2L, "y"), "a", Pointer(3L, "z")]));
        Assert.Equal("{1 x} a &{3 z}\n", GoFormat.Sprintln([Struct(1L, "x"), "a", Pointer(3L, "z")]));
    }

    [Theory]
    [InlineData(null, "<nil>")]
    [InlineData("text", "text")]
    [InlineData(42L, "42")]
    [InlineData(-7L, "-7")]
    [InlineData(true, "true")]
    [InlineData(1e6, "1e+06")]
    [InlineData(123456.0, "123456")]
    [InlineData(1.5e-5, "1.5e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(-0.0, "-0")]
    public void FormatValue_Scalars_PrintLikeAnAction(object? value, string expected)
    {
        Assert.Equal(expected, GoFormat.FormatValue(value));
        var sb = new StringBuilder("x");
        GoFormat.AppendValue(sb, value);
        Assert.Equal("x" + expected, sb.ToString());
    }

    [Fact]
    public void FormatValue_Containers_PrintLikeSprint()
    {
        var map = new GoMap { ["b"] = new GoList([1L, "a", null]), ["a"] = 2.5 };

        Assert.Equal("map[a:2.5 b:[1 a <nil>]]", GoFormat.FormatValue(map));
        Assert.Equal("[104 105]", GoFormat.FormatValue(new byte[] { 104, 105 }));
        Assert.Equal("5", GoFormat.FormatValue(GoInt.Int64(5)));
    }

    [Fact]
    public void FormatValue_PointerWithoutStringer_PrintedThroughPointer()
    {
        // text/template indirects pointers before printing: {{ .ptr }} shows {1 x}, not &{1 x}.
        Assert.Equal("{1 x}", GoFormat.FormatValue(Pointer(1L, "x")));
        Assert.Equal("<s>", GoFormat.FormatValue(Pointer(1L, "x", "<s>")));
        var sb = new StringBuilder();
        GoFormat.AppendValue(sb, Pointer(2L, "y"));
        Assert.Equal("{2 y}", sb.ToString());
    }

    [Fact]
    public void AppendSprintfAndSprintfSingle_AppendToBuilder()
    {
        var sb = new StringBuilder("pre:");
        GoFormat.AppendSprintf(sb, "%05.1f|%q", [3.14159, "x"]);
        GoFormat.AppendSprint(sb, [1L, 2L]);

        Assert.Equal("pre:003.1|\"x\"1 2", sb.ToString());
        Assert.Equal("%!d(string=x)", GoFormat.Sprintf("%d", "x"));
        Assert.Equal("%!(EXTRA <nil>)", GoFormat.Sprintf(string.Empty, (object?)null));
    }

    [Fact]
    public void Sprintf_ValueOutsideTheModel_DoesNotThrow()
    {
        Assert.Equal("?Int32?|Int32|?Int32?", GoFormat.Sprintf("%v|%T|%d", [7, 7, 7]));
    }

    private sealed class FakeObject : IGoObject
    {
        private readonly string[] _names;
        private readonly object?[] _values;
        private readonly string? _text;
        private readonly string? _fail;
        private readonly string? _goString;

        private readonly bool _crash;

        public FakeObject(GoType type, string[] names, object?[] values, string? text, string? fail = null, string? goString = null, bool crash = false)
        {
            _crash = crash;
            Type = type;
            _names = names;
            _values = values;
            _text = text;
            _fail = fail;
            _goString = goString;
        }

        public GoType Type { get; }

        public IReadOnlyList<string> FieldNames => _names;

        public bool TryGetField(string name, out object? value)
        {
            int i = Array.IndexOf(_names, name);
            value = i >= 0 ? _values[i] : null;
            return i >= 0;
        }

        public bool TryGetMethod(string name, out GoMethod? method)
        {
            if (name == "GoString" && _goString is not null)
            {
                method = new GoMethod(new GoSignature([]), _ => _goString);
                return true;
            }

            method = null;
            return false;
        }

        public string? GoString() =>
            _crash ? throw new InvalidOperationException("crash")
            : _fail is not null ? throw new GoFailure(_fail)
            : _text;
    }

    private sealed class ReentrantObject : IGoObject
    {
        private int _calls;

        public GoType Type => s_structType;

        public IReadOnlyList<string> FieldNames => [];

        public bool TryGetField(string name, out object? value)
        {
            value = null;
            return false;
        }

        public bool TryGetMethod(string name, out GoMethod? method)
        {
            method = null;
            return false;
        }

        public string GoString() => GoFormat.Sprintf("<%d>", (long)++_calls);
    }
}
