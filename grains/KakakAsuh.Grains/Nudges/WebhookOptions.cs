namespace KakakAsuh.Grains.Nudges;

/// <summary>How webhook deliveries are retried (configuration section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>The first retry's delay; each further retry doubles it.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest delay between retries.</summary>
    public TimeSpan RetryMax { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one POST may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the delivery loop looks for nudges due for (another) attempt.</summary>
    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(1);
}
