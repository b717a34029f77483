using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KakakAsuh.Domain.Common;

namespace KakakAsuh.ClientApi.Umkm;

/// <summary>Moves a mentee to another mentor.</summary>
public sealed record ReassignRequest(
    [property: RegularExpression(Validation.ReferenceCodePattern), Description("The mentor who takes the mentee on.")]
    string? MentorId,
    [property: MaxLength(Validation.MaxTextLength)]
    string? Reason = null);
