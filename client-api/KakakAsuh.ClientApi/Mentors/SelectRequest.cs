using System.ComponentModel.DataAnnotations;
using KakakAsuh.Domain.Common;

namespace KakakAsuh.ClientApi.Mentors;

/// <summary>Selects a mentor after review, with an optional word on why.</summary>
public sealed record SelectRequest(
    [property: MaxLength(Validation.MaxTextLength)]
    string? Reason = null);
