using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.Rounds;

namespace KakakAsuh.ClientApi.Rounds;

/// <summary>Opens a curation round. Without an <see cref="Id"/> it is <c>{scope}-{date}</c>.</summary>
public sealed record CreateRoundRequest(
    DateOnly? Date,
    [property: Description("The city (31.73) or one of its kecamatan (e.g. 31.73.04).")]
    string? ScopeCode,
    [property: Length(1, RoundRules.MaxPanelMembers), Description("The expert panel's members, by name.")]
    IReadOnlyList<string>? Panel,
    [property: RegularExpression(Validation.ReferenceCodePattern)]
    string? Id = null,
    [property: Description("When picks and decisions must be in: on or after the round's date.")]
    DateOnly? Deadline = null,
    [property: Description("When it was opened, if earlier.")]
    DateTimeOffset? At = null);
