using System.ComponentModel.DataAnnotations;
using KakakAsuh.Domain.Common;

namespace KakakAsuh.ClientApi.Rounds;

/// <summary>Adds a candidate mentee.</summary>
public sealed record MenteeCandidateRequest(
    [property: RegularExpression(Validation.ReferenceCodePattern)]
    string? UmkmId);
