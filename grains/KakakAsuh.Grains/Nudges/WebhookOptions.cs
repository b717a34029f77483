namespace KakakAsuh.Grains.Nudges;

/// <summary>Where webhooks may go and how their deliveries are retried (configuration section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>The first retry's delay; each further retry doubles it.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest delay between retries.</summary>
    public TimeSpan RetryMax { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one POST may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether a webhook may go to a loopback address (<c>127.0.0.0/8</c>, <c>::1</c>, <c>localhost</c>), over plain http too:
    /// only for a receiver on the same machine (tests, a developer's run). Off by default: on a server, loopback is the
    /// silo's own ports, Azurite and whatever else listens there.
    /// </summary>
    public bool AllowLoopbackTargets { get; set; }

    /// <summary>How often the delivery loop looks for nudges due for (another) attempt.</summary>
    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(1);
}
