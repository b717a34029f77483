using System.ComponentModel.DataAnnotations;
using KakakAsuh.Domain.Common;

namespace KakakAsuh.ClientApi.Rounds;

/// <summary>A mentor picks a mentee.</summary>
public sealed record PickRequest(
    [property: RegularExpression(Validation.ReferenceCodePattern)]
    string? MentorId,
    [property: RegularExpression(Validation.ReferenceCodePattern)]
    string? UmkmId);
