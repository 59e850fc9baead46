using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class ManifestHeadReaderTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: demo-web
          labels:
            app.kubernetes.io/name: web
            "statefulset.kubernetes.io/pod-name": demo-0
          annotations:
            checksum/config: f91712f11f23f06d705406b60b2f20e0ee01845bf2
            prometheus.io/port: "9000"
            note: 'it''s'
        spec:
          replicas: 1
          template:
            metadata:
              annotations:
                {}
              labels:
                checksum/config: 91712f11f23f06d705406b60b2f20e0ee01845bf2f892066b66fd10293045b78
            spec:
              containers:
                - name: web
                  image: "nginx:1.27.2"
                  args: ["--port", "8000", 'x', verbose, 12]
                  env:

                    - name: A
                      value: "a\tb\u00e9"
                  command:
                  - sh
                  - -c
                  - |
                    echo hi
                      indented

                    done
              tolerations: []
              nodeSelector: {}
              dnsConfig: # comment
                options:
                -
                  name: ndots
        """;

    [Fact]
    public void TryRead_PlainBlockDocument_TakesFastPathWithFullParseResult()
    {
        Assert.True(ManifestHeadReader.TryRead(Deployment, out string kind, out string? hook));
        Assert.Equal("Deployment", kind);
        Assert.Null(hook);
        AssertSameAsFullParse(Deployment);
    }

    [Fact]
    public void TryRead_HookAnnotation_ReadsItsText()
    {
        const string doc = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  annotations:\n    \"helm.sh/hook\": pre-install,post-upgrade # c\n    helm.sh/hook-weight: \"-5\"\nspec: {}";

        Assert.True(ManifestHeadReader.TryRead(doc, out string kind, out string? hook));
        Assert.Equal("Job", kind);
        Assert.Equal("pre-install,post-upgrade", hook);
        AssertSameAsFullParse(doc);
    }

    [Theory]
    [InlineData("kind: Service\nmetadata:\n  name: &a x\n")]
    [InlineData("kind: Service\nspec: *a\n")]
    [InlineData("kind: !!str Service\n")]
    [InlineData("kind: Service\nspec: {a: 1}\n")]
    [InlineData("kind: Service\nspec: [a, [b]]\n")]
    [InlineData("kind: Service\nspec:\n\tx: 1\n")]
    [InlineData("kind: Service\nspec: a\r\n")]
    [InlineData("kind: 12\n")]
    [InlineData("kind: true\n")]
    [InlineData("kind: \"a\\nb\"\n")]
    [InlineData("kind: Service\nspec:\n  x: .inf\n")]
    [InlineData("kind: Service\nspec:\n  x: -.Inf\n")]
    [InlineData("kind: Service\nspec:\n  x: 1e999\n")]
    [InlineData("kind: Service\nspec:\n  x: [1e999]\n")]
    [InlineData("kind: Service\nnull: 1\n")]
    [InlineData("kind: Service\nkind: Pod\n")]
    [InlineData("kind: Service\nmetadata:\n  annotations:\n    a: 1\n")]
    [InlineData("kind: Service\nmetadata:\n  annotations:\n    a: yes\n")]
    [InlineData("kind: Service\nmetadata: []\n")]
    [InlineData("kind: Service\nspec: a: b\n")]
    [InlineData("kind: Service\nspec: a\n  b\n")]
    [InlineData("kind: Service\nspec: \"a\n  b\"\n")]
    [InlineData("kind: Service\nspec:\n    a: 1\n  b: 2\n")]
    [InlineData("kind: Service\n<<: {}\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("just text")]
    [InlineData("# only a comment")]
    [InlineData("kind: Service\n...\n")]
    [InlineData("kind: Service\nspec: \"\\uD800\"\n")]
    [InlineData("kind: Service\nspec: \"\\q\"\n")]
    [InlineData("kind: Service\nspec: |\n   \n  a\n")]
    [InlineData("Kind: Secret\nmetadata:\n  name: a\n")]
    [InlineData("kind: Secret\nmetadata:\n  Name: a\n")]
    [InlineData("kind: Secret\nMETADATA:\n  name: a\n")]
    public void TryRead_DocumentOutsideTheSubset_FallsBackToFullParse(string doc)
    {
        Assert.False(ManifestHeadReader.TryRead(doc, out _, out _));
    }

    [Fact]
    public void TryRead_MutatedDocuments_AgreeWithFullParseWheneverTaken()
    {
        // Every accepted mutation of a real manifest must parse fully, to the same head.
        const string alphabet = " \n-:#'\"[]{},|>&*!?%@`\t.~0e1yn\\";
        var random = new Random(20261122);
        int taken = 0;
        for (int n = 0; n < 20000; n++)
        {
            var chars = Deployment.ToCharArray().ToList();
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits; e++)
            {
                int at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0:
                        chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                        break;
                    case 1:
                        chars.RemoveAt(at);
                        break;
                    default:
                        chars[at] = alphabet[random.Next(alphabet.Length)];
                        break;
                }
            }

            string doc = new string([.. chars]).Trim();
            if (ManifestHeadReader.TryRead(doc, out _, out _))
            {
                taken++;
                AssertSameAsFullParse(doc);
            }
        }

        Assert.InRange(taken, 1000, 20000);
    }

    private static void AssertSameAsFullParse(string doc)
    {
        Assert.True(ManifestHeadReader.TryRead(doc, out string kind, out string? hook));
        bool ok = ManifestSorter.TryReadHeadFull(doc, out string fullKind, out string? fullHook, out string? error);
        Assert.True(ok, $"full parse failed ({error}) on a document the fast path accepted:\n{doc}");
        Assert.Equal(fullKind, kind);
        Assert.Equal(fullHook, hook);
    }
}
