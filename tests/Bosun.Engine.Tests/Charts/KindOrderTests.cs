using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class KindOrderTests
{
    [Theory]
    [InlineData("Namespace", "ConfigMap", -1)]
    [InlineData("ConfigMap", "Service", -1)]
    [InlineData("Service", "Deployment", -1)]
    [InlineData("Deployment", "Ingress", -1)]
    [InlineData("Ingress", "Deployment", 1)]
    [InlineData("Deployment", "Deployment", 0)]
    public void Compare_KnownKinds_FollowInstallOrder(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(KindOrder.Compare(a, b)));

    [Theory]
    [InlineData("ValidatingWebhookConfiguration", "Certificate", -1)]
    [InlineData("Certificate", "PriorityClass", 1)]
    [InlineData("", "PriorityClass", 1)]
    public void Compare_UnknownKind_GoesLast(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(KindOrder.Compare(a, b)));

    [Theory]
    [InlineData("Certificate", "Issuer", -1)]
    [InlineData("Issuer", "Certificate", 1)]
    [InlineData("", "Certificate", -1)]
    [InlineData("b", "B", 1)]
    public void Compare_TwoUnknownKinds_AreByteOrdered(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(KindOrder.Compare(a, b)));

    [Fact]
    public void Install_HasHelmsThirtyEightKinds()
    {
        Assert.Equal(38, KindOrder.Install.Count);
        Assert.Equal("PriorityClass", KindOrder.Install[0]);
        Assert.Equal("ValidatingWebhookConfiguration", KindOrder.Install[^1]);
    }

    [Theory]
    [InlineData(4, -1)]
    [InlineData(3, 1)]
    public void Compare_WebhookVersusUnknownKind_DependsOnHelmMajor(int helmMajor, int sign) =>
        Assert.Equal(sign, Math.Sign(KindOrder.Compare("MutatingWebhookConfiguration", "AAA", helmMajor)));
}
