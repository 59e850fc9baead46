namespace Bosun.Templating.Tests.Functions.Sprig;

// End to end through the template engine with helm's settings; expected output from helm v4.1.4 (NOTES.txt).
public sealed class SprigRenderingTests
{
    [Theory]
    [InlineData("""{{ semverCompare ">=1.20-0" "v1.35.0" }}""", "true")]
    [InlineData("""{{ $v := semver "1.2.3" }}{{ $v.LessThan (semver "2.0.0") }}|{{ $v.Major }}|{{ (semver "v1.2.3-rc.1").IncMinor }}""", "true|1|1.3.0")]
    [InlineData("""{{ printf "%v|%s" (semver "1.2.3") (semver "1.2.3") }}|{{ typeOf (semver "1") }}""", "1.2.3|1.2.3|*semver.Version")]
    [InlineData("""{{ regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W" }}|{{ regexFindAll "[0-9]+" "a1b22c333" -1 }}|{{ regexFindAll "z" "abc" -1 }}""", "-W-xxW-|[1 22 333]|[]")]
    [InlineData("""{{ 1700000000 | int64 | date "2006-01-02T15:04:05Z07:00" }}|{{ htmlDateInZone (1700000000|int) "Asia/Tokyo" }}""", "2023-11-14T22:13:20Z|2023-11-15")]
    [InlineData("""{{ toDate "2006-01-02" "2024-03-04" }}|{{ toDate "2006-01-02" "2024-03-04" | date "Jan 2, 2006" }}""", "2024-03-04 00:00:00 +0000 UTC|Mar 4, 2024")]
    [InlineData("""{{ (toDate "2006-01-02" "2020-01-02").Sub (toDate "2006" "2020") }}|{{ (toDate "2006" "2020").Add 1000 }}|{{ (toDate "2006" "2020").Month }}""", "24h0m0s|2020-01-01 00:00:00.000001 +0000 UTC|January")]
    [InlineData("""{{ duration 90 }}|{{ duration "90" }}|{{ durationRound "25h" }}""", "0s|1m30s|1d")]
    [InlineData("""{{ b64dec "!!" }}|{{ b64enc "héllo" }}|{{ sha256sum "abc" }}""", "illegal base64 data at input byte 0|aMOpbGxv|ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("""{{ urlJoin (dict "scheme" "https" "host" "h" "path" "/a b") }}|{{ (urlParse "https://u:p@h:8/p?q#f").hostname }}""", "https://h/a%20b|h")]
    [InlineData("""{{ derivePassword 1 "long" "password" "user" "example.com" }}""", "ZedaFaxcZaso9*")]
    [InlineData("""{{ kindOf (genCA "x" 1) }}|{{ typeOf (genCA "x" 1) }}|{{ typeOf now }}""", "struct|sprig.certificate|time.Time")]
    public void Render_SprigFunctions_MatchesHelm(string template, string expected) =>
        Assert.Equal(expected, TemplateTestHost.Render(template, null, TemplateOptions.Helm(4)));

    [Theory]
    [InlineData("""{{ regexFind "(" "a" }}""", "error calling regexFind: regexp: Compile(`(`): error parsing regexp: missing closing ): `(`")]
    [InlineData("""{{ semverCompare "foo" "1" }}""", "error calling semverCompare: improper constraint: foo")]
    [InlineData("""{{ mustToDate "x" "y" }}""", "error calling mustToDate: parsing time \"y\" as \"x\": cannot parse \"y\" as \"x\"")]
    [InlineData("""{{ decryptAES "k" "YWJj" }}""", "error calling decryptAES: runtime error: slice bounds out of range [:16] with capacity 3")]
    [InlineData("""{{ genSelfSignedCert "x" (list 1) nil 1 }}""", "error calling genSelfSignedCert: error parsing ip: 1 is not a string")]
    [InlineData("""{{ (semver "1.2.3").IncMajor.Original }}""", "can't evaluate field Original in type semver.Version")]
    public void Render_SprigFailures_ReportGoErrors(string template, string expected) =>
        Assert.EndsWith(expected, TemplateTestHost.RenderError(template, null, TemplateOptions.Helm(4)).GoMessage, StringComparison.Ordinal);
}
