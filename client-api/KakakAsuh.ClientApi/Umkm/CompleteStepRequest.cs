using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KakakAsuh.Domain.Common;

namespace KakakAsuh.ClientApi.Umkm;

/// <summary>Completes a step; <see cref="Value"/> is what it yields (an NIB, an SH number, a trademark number).</summary>
public sealed record CompleteStepRequest(
    [property: MaxLength(Validation.MaxValueLength), Description("What the step yields, when it grants something: an NIB, a halal certificate (SH) number, a trademark number.")]
    string? Value = null,
    [property: Description("When it happened, if earlier: never in the future, never before the UMKM's last recorded event.")]
    DateTimeOffset? At = null);
