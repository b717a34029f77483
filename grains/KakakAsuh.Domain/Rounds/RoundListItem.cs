using KakakAsuh.Rounds;

namespace KakakAsuh.Domain.Rounds;

/// <summary>A curation round as the list of rounds shows it: its candidates, picks and assignments counted.</summary>
public sealed record RoundListItem(
    string Id,
    DateOnly Date,
    string ScopeCode,
    string Status,
    int MentorCandidates,
    int MenteeCandidates,
    int Picks,
    int Assigned)
{
    public static RoundListItem Of(RoundState round) => new(
        round.Id,
        round.Date,
        round.ScopeCode,
        round.Status.ToString(),
        round.MentorCandidates.Count,
        round.MenteeCandidates.Count,
        round.Picks.Count,
        round.Picks.Count(p => p.Status == PickStatus.Assigned));
}
