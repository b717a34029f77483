using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KakakAsuh.Domain.Common;

namespace KakakAsuh.ClientApi.Rounds;

/// <summary>The panel approves or rejects a pick.</summary>
public sealed record DecisionRequest(
    [property: RegularExpression(Validation.ReferenceCodePattern), Description("The picked UMKM.")]
    string? UmkmId,
    [property: StringLength(Validation.MaxNameLength, MinimumLength = 1), Description("The panel member who decides.")]
    string? PanelMember,
    [property: Description("True approves the pick; false (or absent) rejects it.")]
    bool Approve = false,
    [property: MaxLength(Validation.MaxTextLength)]
    string? Reason = null);
