using System.Net;
using KakakAsuh.Domain.Nudges;

namespace KakakAsuh.Tests.Rules;

/// <summary>Which addresses and URLs a webhook may reach: the rule both registration and every connection apply.</summary>
public sealed class WebhookTargetRulesTests
{
    [Theory]
    [InlineData("127.0.0.1", WebhookAddressKind.Loopback)]
    [InlineData("127.255.0.9", WebhookAddressKind.Loopback)]
    [InlineData("::1", WebhookAddressKind.Loopback)]
    [InlineData("::ffff:127.0.0.1", WebhookAddressKind.Loopback)]
    [InlineData("0.0.0.0", WebhookAddressKind.Unspecified)]
    [InlineData("::", WebhookAddressKind.Unspecified)]
    [InlineData("169.254.169.254", WebhookAddressKind.Metadata)]
    [InlineData("::ffff:169.254.169.254", WebhookAddressKind.Metadata)]
    [InlineData("168.63.129.16", WebhookAddressKind.Metadata)]
    [InlineData("100.100.100.200", WebhookAddressKind.Metadata)]
    [InlineData("fd00:ec2::254", WebhookAddressKind.Metadata)]
    [InlineData("169.254.1.1", WebhookAddressKind.LinkLocal)]
    [InlineData("fe80::1", WebhookAddressKind.LinkLocal)]
    [InlineData("10.0.0.1", WebhookAddressKind.Private)]
    [InlineData("172.16.0.1", WebhookAddressKind.Private)]
    [InlineData("172.31.255.255", WebhookAddressKind.Private)]
    [InlineData("192.168.1.1", WebhookAddressKind.Private)]
    [InlineData("100.64.0.1", WebhookAddressKind.Private)]
    [InlineData("100.127.255.254", WebhookAddressKind.Private)]
    [InlineData("fc00::1", WebhookAddressKind.Private)]
    [InlineData("fd12:3456::1", WebhookAddressKind.Private)]
    [InlineData("::ffff:10.0.0.1", WebhookAddressKind.Private)]
    [InlineData("64:ff9b::a00:1", WebhookAddressKind.Private)]       // NAT64 of 10.0.0.1
    [InlineData("2002:7f00:1::", WebhookAddressKind.Loopback)]       // 6to4 of 127.0.0.1
    [InlineData("224.0.0.1", WebhookAddressKind.Reserved)]
    [InlineData("255.255.255.255", WebhookAddressKind.Reserved)]
    [InlineData("ff02::1", WebhookAddressKind.Reserved)]
    [InlineData("203.0.114.10", WebhookAddressKind.Public)]
    [InlineData("172.32.0.1", WebhookAddressKind.Public)]
    [InlineData("100.128.0.1", WebhookAddressKind.Public)]
    [InlineData("2606:4700::1111", WebhookAddressKind.Public)]
    [InlineData("::ffff:203.0.114.10", WebhookAddressKind.Public)]
    public void Classify_NamesWhatKindOfAddressItIs(string address, WebhookAddressKind kind) =>
        Assert.Equal(kind, WebhookTargetRules.Classify(IPAddress.Parse(address)));

    [Fact]
    public void AllowingLoopback_AllowsLoopbackOnly()
    {
        Assert.True(WebhookTargetRules.MayConnect(IPAddress.Loopback, allowLoopback: true));
        Assert.False(WebhookTargetRules.MayConnect(IPAddress.Loopback, allowLoopback: false));
        Assert.False(WebhookTargetRules.MayConnect(IPAddress.Parse("10.0.0.1"), allowLoopback: true));
        Assert.False(WebhookTargetRules.MayConnect(IPAddress.Parse("169.254.169.254"), allowLoopback: true));
    }

    [Fact]
    public void AHostResolvingToOneInsideAddress_IsRefused_EvenBesidePublicOnes()
    {
        var url = new Uri("https://rebinding.example/hook");

        var refusal = WebhookTargetRules.Refusal(url, [IPAddress.Parse("203.0.114.10"), IPAddress.Parse("10.0.0.7")], allowLoopback: false);

        Assert.Equal("'rebinding.example' is or resolves to a private address: webhooks go only to addresses of the public internet.", refusal);
        Assert.DoesNotContain("10.0.0.7", refusal);
        Assert.Null(WebhookTargetRules.Refusal(url, [IPAddress.Parse("203.0.114.10")], allowLoopback: false));
    }

    [Fact]
    public void PlainHttp_IsRefused_ExceptToALoopbackReceiverWhenLoopbackIsAllowed()
    {
        var local = new Uri("http://localhost:5099/hook");
        var remote = new Uri("http://receiver.example/hook");

        Assert.NotNull(WebhookTargetRules.Refusal(local, [IPAddress.Loopback], allowLoopback: false));
        Assert.Null(WebhookTargetRules.Refusal(local, [IPAddress.Loopback], allowLoopback: true));
        Assert.NotNull(WebhookTargetRules.Refusal(remote, [IPAddress.Parse("203.0.114.10")], allowLoopback: false));
        Assert.NotNull(WebhookTargetRules.Refusal(remote, [IPAddress.Parse("203.0.114.10")], allowLoopback: true));
    }

    [Fact]
    public void AHostThatDoesNotResolve_IsRefused() =>
        Assert.NotNull(WebhookTargetRules.Refusal(new Uri("https://nowhere.invalid/"), [], allowLoopback: false));
}
