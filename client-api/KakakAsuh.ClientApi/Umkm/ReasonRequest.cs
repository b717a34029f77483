using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KakakAsuh.Domain.Common;

namespace KakakAsuh.ClientApi.Umkm;

/// <summary>A command that needs a reason (return, skip, withdraw, deactivate), optionally recorded after the fact.</summary>
public sealed record ReasonRequest(
    [property: StringLength(Validation.MaxTextLength, MinimumLength = 1), Description("Why, in plain words; it goes into the history.")]
    string? Reason,
    [property: Description("When it happened, if earlier: never in the future, never before the record's last event.")]
    DateTimeOffset? At = null);
