namespace KakakAsuh.Grains.Nudges;

/// <summary>A delivery's connection was not made: the webhook's host is not, or no longer, an allowed target.</summary>
public sealed class WebhookTargetRefusedException(string message) : Exception(message);
