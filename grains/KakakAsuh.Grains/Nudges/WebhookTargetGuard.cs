using System.Net;
using System.Net.Sockets;
using KakakAsuh.Domain.Nudges;
using Microsoft.Extensions.Options;

namespace KakakAsuh.Grains.Nudges;

/// <summary>
/// Applies <see cref="WebhookTargetRules"/> where a webhook's host becomes addresses: at registration, and in the
/// delivery client's own connect step, which resolves the host, refuses if any address it got is not allowed and
/// connects only to those addresses. No other resolution happens in between, so a name that resolves to a public
/// address when checked and to an internal one when used (DNS rebinding) cannot pass. The client follows no
/// redirects (a 3xx is a failed delivery) and uses no proxy (a proxy would connect on the client's behalf, unchecked).
/// </summary>
public sealed class WebhookTargetGuard(IOptions<WebhookOptions> options)
{
    private bool AllowLoopback => options.Value.AllowLoopbackTargets;

    /// <summary>Why a webhook may not be registered for <paramref name="url"/>, or null if it may.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken = default) =>
        WebhookTargetRules.ShapeRefusal(url, AllowLoopback)
        ?? WebhookTargetRules.Refusal(url, await ResolveAsync(url.IdnHost, cancellationToken), AllowLoopback);

    /// <summary>The delivery client's primary handler.</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectTimeout = options.Value.Timeout,
        ConnectCallback = ConnectAsync,
    };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var url = context.InitialRequestMessage.RequestUri ?? throw new WebhookTargetRefusedException("The request names no URL.");
        var addresses = await ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
        if (WebhookTargetRules.Refusal(url, addresses, AllowLoopback) is { } refusal)
        {
            throw new WebhookTargetRefusedException(refusal);
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The host's addresses (an address literal is its own); none if it does not resolve.</summary>
    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }
        try
        {
            return await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            return [];
        }
    }
}
