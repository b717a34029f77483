namespace KakakAsuh.Domain.Nudges;

/// <summary>What kind of address a webhook's host is or resolves to (<see cref="WebhookTargetRules.Classify"/>).</summary>
public enum WebhookAddressKind
{
    Public,
    Unspecified,
    Loopback,
    LinkLocal,
    Private,
    Metadata,
    Reserved,
}
