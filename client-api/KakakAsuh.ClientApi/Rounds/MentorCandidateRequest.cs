using System.ComponentModel.DataAnnotations;
using KakakAsuh.Domain.Common;

namespace KakakAsuh.ClientApi.Rounds;

/// <summary>Adds a candidate mentor.</summary>
public sealed record MentorCandidateRequest(
    [property: RegularExpression(Validation.ReferenceCodePattern)]
    string? MentorId);
