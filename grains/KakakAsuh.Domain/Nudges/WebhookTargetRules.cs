using System.Net;
using System.Net.Sockets;

namespace KakakAsuh.Domain.Nudges;

/// <summary>
/// Where a nudge may be delivered: over https, to addresses of the public internet only. A webhook URL is an admin's
/// wish that a silo makes a request for it, from inside the programme's network: without this rule an admin could
/// have silos POST to Azurite, the API, the silo's own HTTP side, a cloud's metadata endpoint or any private host.
/// The same rule decides at registration (the URL and what its host resolves to then) and at every connection (what
/// it resolves to now), so a name that later resolves elsewhere (DNS rebinding) is refused when it matters.
/// </summary>
public static class WebhookTargetRules
{
    /// <summary>Cloud endpoints that answer instance credentials, some at public-looking addresses (Azure's WireServer).</summary>
    private static readonly IPAddress[] MetadataEndpoints =
        [.. new[] { "169.254.169.254", "169.254.170.2", "100.100.100.200", "168.63.129.16", "fd00:ec2::254" }.Select(IPAddress.Parse)];

    private static readonly (IPNetwork Network, WebhookAddressKind Kind)[] Special =
    [
        .. Networks(WebhookAddressKind.Unspecified, "0.0.0.0/8", "::/128"),
        .. Networks(WebhookAddressKind.Loopback, "127.0.0.0/8", "::1/128"),
        .. Networks(WebhookAddressKind.LinkLocal, "169.254.0.0/16", "fe80::/10"),
        // RFC 1918, carrier-grade NAT (RFC 6598), unique local IPv6 (RFC 4193) and the old site-local block.
        .. Networks(WebhookAddressKind.Private, "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7", "fec0::/10"),
        // Protocol assignments, documentation, benchmarking, multicast, reserved, broadcast, discard and Teredo.
        .. Networks(WebhookAddressKind.Reserved, "192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4", "ff00::/8", "100::/64", "2001:db8::/32", "2001::/32"),
    ];

    /// <summary>NAT64 and 6to4 addresses carry an IPv4 address inside: they are judged by it.</summary>
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Ipv4Compatible = IPNetwork.Parse("::/96");

    /// <summary>What kind of address this is; <see cref="WebhookAddressKind.Public"/> is the only kind a webhook may reach.</summary>
    public static WebhookAddressKind Classify(IPAddress address)
    {
        address = Embedded(address);
        if (MetadataEndpoints.Contains(address))
        {
            return WebhookAddressKind.Metadata;
        }
        foreach (var (network, kind) in Special)
        {
            if (network.BaseAddress.AddressFamily == address.AddressFamily && network.Contains(address))
            {
                return kind;
            }
        }
        return WebhookAddressKind.Public;
    }

    /// <summary>Whether a connection to this address is allowed: public ones, and loopback when the option allows it (tests, a developer's machine).</summary>
    public static bool MayConnect(IPAddress address, bool allowLoopback) =>
        Classify(address) switch
        {
            WebhookAddressKind.Public => true,
            WebhookAddressKind.Loopback => allowLoopback,
            _ => false,
        };

    /// <summary>
    /// Why a webhook may not go to <paramref name="url"/> whose host resolves to <paramref name="addresses"/>, or null if it may:
    /// https to public addresses only; plain http only to a loopback receiver, and only when loopback targets are allowed.
    /// The reason names the host as given, never what it resolves to.
    /// </summary>
    public static string? Refusal(Uri url, IReadOnlyCollection<IPAddress> addresses, bool allowLoopback)
    {
        if (ShapeRefusal(url, allowLoopback) is { } refusal)
        {
            return refusal;
        }
        if (addresses.Count == 0)
        {
            return $"'{url.Host}' does not resolve to any address.";
        }
        var refused = addresses.Select(Classify).Where(k => k != WebhookAddressKind.Public && !(allowLoopback && k == WebhookAddressKind.Loopback)).ToList();
        if (refused.Count > 0)
        {
            return $"'{url.Host}' is or resolves to a {Describe(refused[0])} address: webhooks go only to addresses of the public internet.";
        }
        if (url.Scheme == "http" && !addresses.All(a => Classify(a) == WebhookAddressKind.Loopback))
        {
            return Cleartext;
        }
        return null;
    }

    /// <summary>What is wrong with the URL itself, before its host is resolved, or null.</summary>
    public static string? ShapeRefusal(Uri url, bool allowLoopback)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http"))
        {
            return "The webhook URL is an absolute https URL.";
        }
        if (url.UserInfo.Length > 0)
        {
            return "The webhook URL carries no user name or password: receivers check the signature instead.";
        }
        return url.Scheme == "http" && !allowLoopback ? Cleartext : null;
    }

    private const string Cleartext = "The webhook URL is https: nudges and their signatures are not sent in the clear.";

    /// <summary>The address itself, or the IPv4 address an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 address carries.</summary>
    private static IPAddress Embedded(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address) || (Ipv4Compatible.Contains(address) && !address.Equals(IPAddress.IPv6Any) && !address.Equals(IPAddress.IPv6Loopback)))
        {
            return new IPAddress(bytes[12..16]);
        }
        return SixToFour.Contains(address) ? new IPAddress(bytes[2..6]) : address;
    }

    private static string Describe(WebhookAddressKind kind) => kind switch
    {
        WebhookAddressKind.LinkLocal => "link-local",
        WebhookAddressKind.Metadata => "cloud metadata",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static IEnumerable<(IPNetwork, WebhookAddressKind)> Networks(WebhookAddressKind kind, params string[] cidrs) =>
        cidrs.Select(c => (IPNetwork.Parse(c), kind));
}
