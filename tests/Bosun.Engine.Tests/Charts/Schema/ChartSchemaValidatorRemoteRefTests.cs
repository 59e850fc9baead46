using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Core.JsonSchema;
using Bosun.Core.Values;
using Bosun.Engine.Charts;
using Bosun.Engine.Charts.Schema;

namespace Bosun.Engine.Tests.Charts.Schema;

// $refs that leave values.schema.json: fetched over HTTP from a loopback server (or read from a file) as helm does,
// failures in helm 4's (santhosh-tekuri/jsonschema + HTTPURLLoader) and helm 3's (gojsonschema) words.
public sealed class ChartSchemaValidatorRemoteRefTests : IDisposable
{
    private const string Prefix = "values don't meet the specifications of the schema(s) in the following chart(s):\n";

    private readonly LoopbackSchemaServer _server = new();
    private readonly HttpJsonSchemaLoader _loader = new(TimeSpan.FromSeconds(5));

    public void Dispose()
    {
        _server.Dispose();
        _loader.Dispose();
    }

    private static Chart MakeChart(string name, string? schema, params Chart[] dependencies) =>
        new(new ChartMetadata { Name = name, Version = "0.1.0" }, new GoMap(), [], [])
        {
            Schema = schema is null ? null : Encoding.UTF8.GetBytes(schema),
            Dependencies = [.. dependencies],
        };

    private static string RefSchema(string url) => "{\"properties\":{\"a\":{\"$ref\":" + GoStrconv.Quote(url) + "}}}";

    private static GoMap ValuesA(object? a)
    {
        var map = new GoMap();
        map.Entries["a"] = a;
        return map;
    }

    private BosunException Fails(string schema, int major, HttpJsonSchemaLoader? loader = null) =>
        Assert.Throws<BosunException>(() => ChartSchemaValidator.Validate(MakeChart("c", schema), ValuesA(1L), major, loader ?? _loader));

    [Theory]
    [InlineData(4)]
    [InlineData(3)]
    public void Validate_RemoteSchemaAccepts_Passes(int major)
    {
        _server.Serve("/int.json", "{\"type\":\"integer\"}");

        ChartSchemaValidator.Validate(MakeChart("c", RefSchema(_server.Url("/int.json"))), ValuesA(1L), major, _loader);

        Assert.Equal(1, _server.Requests);
    }

    [Theory]
    [InlineData(4, "- at '/a': got number, want string\n")]
    [InlineData(3, "- a: Invalid type. Expected: string, given: integer\n")]
    public void Validate_RemoteSchemaRejects_ReportsHelmsViolation(int major, string expected)
    {
        _server.Serve("/str.json", "{\"type\":\"string\"}");

        var ex = Fails(RefSchema(_server.Url("/str.json")), major);

        Assert.Equal("BOSUN3200", ex.Diagnostic.Code);
        Assert.Equal(Prefix + "c:\n" + expected, ex.Diagnostic.Message);
    }

    [Theory]
    [InlineData(4, "- at '/a': maximum: got 1, want 0\n")]
    [InlineData(3, "- a: Must be less than or equal to 0\n")]
    public void Validate_RemotePointerFragment_ValidatesTheNamedSubschema(int major, string expected)
    {
        _server.Serve("/defs.json", "{\"$defs\":{\"x\":{\"type\":\"integer\",\"maximum\":0}},\"type\":\"string\"}");

        var ex = Fails(RefSchema(_server.Url("/defs.json") + "#/$defs/x"), major);

        Assert.Equal(Prefix + "c:\n" + expected, ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_ConnectionRefused_GivesGoDialErrorInHelm4Words()
    {
        string url = "http://127.0.0.1:" + LoopbackSchemaServer.ClosedPort().ToString(CultureInfo.InvariantCulture) + "/schema.json";
        string port = url.Split(':')[2].Split('/')[0];

        var ex = Fails(RefSchema(url), 4);

        Assert.Equal("BOSUN3203", ex.Diagnostic.Code);
        Assert.Equal(
            Prefix + "c:\nfailing loading \"" + url + "\": HTTP request failed for " + url + ": Get \"" + url + "\": dial tcp 127.0.0.1:" + port + ": connect: connection refused",
            ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_ConnectionRefused_GivesGoDialErrorInHelm3Words()
    {
        string url = "http://127.0.0.1:" + LoopbackSchemaServer.ClosedPort().ToString(CultureInfo.InvariantCulture) + "/schema.json";
        string port = url.Split(':')[2].Split('/')[0];

        var ex = Fails(RefSchema(url), 3);

        Assert.Equal("BOSUN3203", ex.Diagnostic.Code);
        Assert.Equal(Prefix + "c:\nGet \"" + url + "\": dial tcp 127.0.0.1:" + port + ": connect: connection refused", ex.Diagnostic.Message);
        Assert.Equal("c/values.schema.json:1:29", ex.Diagnostic.Location?.ToString());
    }

    [Fact]
    public void Validate_NotFound_Helm4UsesGoStatusText()
    {
        _server.Serve("/gone.json", "nope", 404, "File not found");
        string url = _server.Url("/gone.json");

        var ex = Fails(RefSchema(url), 4);

        Assert.Equal("BOSUN3203", ex.Diagnostic.Code);
        Assert.Equal(Prefix + "c:\nfailing loading \"" + url + "\": HTTP request to " + url + " returned status 404 (Not Found)", ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_NotFound_Helm3UsesTheServersStatusLine()
    {
        _server.Serve("/gone.json", "nope", 404, "File not found");

        var ex = Fails(RefSchema(_server.Url("/gone.json")), 3);

        Assert.Equal(Prefix + "c:\nCould not read schema from HTTP, response status is 404 File not found", ex.Diagnostic.Message);
    }

    [Theory]
    [InlineData(4, "{\"type\": ", "failing loading \"URL\": unexpected EOF")]
    [InlineData(3, "{\"type\": ", "unexpected EOF")]
    [InlineData(4, "<html>", "failing loading \"URL\": invalid character '<' looking for beginning of value")]
    [InlineData(4, "", "failing loading \"URL\": EOF")]
    public void Validate_BodyNotJson_GivesTheDecodersError(int major, string body, string expected)
    {
        _server.Serve("/bad.json", body);
        string url = _server.Url("/bad.json");

        var ex = Fails(RefSchema(url), major);

        Assert.Equal("BOSUN3203", ex.Diagnostic.Code);
        Assert.Equal(Prefix + "c:\n" + expected.Replace("URL", url, StringComparison.Ordinal), ex.Diagnostic.Message);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(3)]
    public void Validate_ServerNeverAnswers_TimesOutWithGoClientTimeoutError(int major)
    {
        using var quick = new HttpJsonSchemaLoader(TimeSpan.FromMilliseconds(300));
        string url = _server.Url("/hang");
        var clock = Stopwatch.StartNew();

        var ex = Fails(RefSchema(url), major, quick);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        string goError = "Get \"" + url + "\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)";
        Assert.Equal(
            Prefix + "c:\n" + (major == 4 ? "failing loading \"" + url + "\": HTTP request failed for " + url + ": " + goError : goError),
            ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_SameUrlTwice_FetchesOnce()
    {
        _server.Serve("/int.json", "{\"type\":\"integer\"}");
        var chart = MakeChart("c", RefSchema(_server.Url("/int.json")));

        ChartSchemaValidator.Validate(chart, ValuesA(1L), 4, _loader);
        ChartSchemaValidator.Validate(chart, ValuesA(2L), 3, _loader);

        Assert.Equal(1, _server.Requests);
    }

    [Fact]
    public void Validate_RelativeFileRef_Helm4ReadsFromTheFilesystemRoot()
    {
        string dir = Path.Combine(Path.GetTempPath(), "bosun-schema-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "max.json"), "{\"maximum\":0}");
            string relative = Path.Combine(dir, "max.json").TrimStart('/');

            var ex = Fails(RefSchema(relative), 4);
            var missing = Fails(RefSchema(relative + ".missing"), 4);

            Assert.Equal(Prefix + "c:\n- at '/a': maximum: got 1, want 0\n", ex.Diagnostic.Message);
            Assert.Equal(
                Prefix + "c:\nfailing loading \"file:///" + relative + ".missing\": open /" + relative + ".missing: no such file or directory",
                missing.Diagnostic.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Validate_RelativeFileRef_Helm3RefusesAsNotCanonical()
    {
        var ex = Fails(RefSchema("dir/other.json"), 3);

        Assert.Equal("BOSUN3203", ex.Diagnostic.Code);
        Assert.Equal(Prefix + "c:\nReference /dir/other.json must be canonical", ex.Diagnostic.Message);
    }

    [Theory]
    [InlineData(4, "failing loading \"ftp://127.0.0.1/x.json\": no URLLoader registered for \"ftp://127.0.0.1/x.json\"")]
    [InlineData(3, "Get \"ftp://127.0.0.1/x.json\": unsupported protocol scheme \"ftp\"")]
    public void Validate_UnsupportedScheme_ReportsHelmsError(int major, string expected)
    {
        var ex = Fails(RefSchema("ftp://127.0.0.1/x.json"), major);

        Assert.Equal(Prefix + "c:\n" + expected, ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_SchemaNotJsonInParent_ListsSubchartViolationsAfterItAsHelmDoes()
    {
        var sub = MakeChart("sub", "{\"required\":[\"x\"]}");
        var parent = MakeChart("p", "{\"type\": ", sub);
        var values = new GoMap();
        values.Entries["sub"] = new GoMap();

        var ex = Assert.Throws<BosunException>(() => ChartSchemaValidator.Validate(parent, values, 4, _loader));

        Assert.Equal("BOSUN3201", ex.Diagnostic.Code);
        Assert.Equal(Prefix + "p:\nunexpected EOFsub:\n- at '': missing property 'x'\n", ex.Diagnostic.Message);
        Assert.Equal(1, ex.Diagnostic.Location?.Line);
    }
}
