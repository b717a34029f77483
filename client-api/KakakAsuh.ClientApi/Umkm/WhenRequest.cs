using System.ComponentModel;

namespace KakakAsuh.ClientApi.Umkm;

/// <summary>A command with an optional date it happened on, for recording after the fact.</summary>
public sealed record WhenRequest(
    [property: Description("When it happened, if earlier: never in the future, never before the record's last event.")]
    DateTimeOffset? At = null);
