using System.Net;

namespace KakakAsuh.Silo;

/// <summary>How this silo joins its cluster (configuration section <c>Orleans</c>).</summary>
public sealed class SiloSettings
{
    public const string Section = "Orleans";

    /// <summary>Silos and clients with the same cluster id and tables form one cluster.</summary>
    public string ClusterId { get; set; } = "kakak-asuh-dev";

    /// <summary>Names the stored state; keep it across deployments.</summary>
    public string ServiceId { get; set; } = "kakak-asuh";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and clients reach this silo at; empty: the address the host name resolves to.</summary>
    public string AdvertisedIp { get; set; } = "127.0.0.1";

    /// <summary>Listen on every interface (in a container) rather than on the advertised address only.</summary>
    public bool ListenOnAnyAddress { get; set; }

    /// <summary><see cref="AdvertisedIp"/> parsed; null when it is empty.</summary>
    public IPAddress? AdvertisedAddress => string.IsNullOrWhiteSpace(AdvertisedIp) ? null : IPAddress.Parse(AdvertisedIp);

    /// <summary>HTTP port of health, <c>/metrics</c> and the operator's dashboard (0: any free port).</summary>
    public int HttpPort { get; set; } = 5081;

    /// <summary>
    /// Use Orleans' Kubernetes hosting (pod name, namespace and IP from <c>POD_*</c>; pods of dead silos are
    /// deleted). Unset: on exactly when running in a pod (<c>KUBERNETES_SERVICE_HOST</c> and <c>POD_NAME</c> are set).
    /// </summary>
    public bool? Kubernetes { get; set; }

    public bool RunsInKubernetes => Kubernetes ?? (
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST"))
        && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("POD_NAME")));
}
