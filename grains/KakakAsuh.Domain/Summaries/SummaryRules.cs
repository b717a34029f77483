using KakakAsuh.Domain.Umkm;
using KakakAsuh.Mentors;
using KakakAsuh.Summaries;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Summaries;

/// <summary>What each UMKM and mentor contributes to its area's summary, and how contributions add up.</summary>
public static class SummaryRules
{
    /// <summary>A UMKM's report to its kelurahan (<see cref="AreaOf(UmkmState)"/>): its counts and its line in the area's list.</summary>
    public static SourceReport ReportFor(UmkmState state, DateOnly today) =>
        new(state.Id, state.Version, CountsFor(state, today), ListingFor(state, today));

    /// <summary>A mentor's report to its area (<see cref="AreaOf(MentorState)"/>); its source id keeps it apart from a UMKM of the same code.</summary>
    public static SourceReport ReportFor(MentorState state) => new("mentor:" + state.Id, state.Version, CountsFor(state));

    /// <summary>The area summary a UMKM reports to: its kelurahan.</summary>
    public static string AreaOf(UmkmState state) => state.Profile.KelurahanCode;

    /// <summary>The area summary a mentor reports to: its kelurahan when it has one, else its kecamatan.</summary>
    public static string AreaOf(MentorState state) => state.KelurahanCode ?? state.KecamatanCode;

    public static Dictionary<string, long> CountsFor(UmkmState state, DateOnly today)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        if (state.Status == ProgrammeStatus.None)
        {
            return counts;
        }
        Increment(counts, CountKeys.Umkm);
        Increment(counts, CountKeys.Status(state.Status));
        Increment(counts, CountKeys.WithNib, state.Holdings.Nib is not null);
        Increment(counts, CountKeys.WithQris, state.Holdings.Qris);
        Increment(counts, CountKeys.WithHalal, state.Holdings.HalalCertificateNumber is not null);
        Increment(counts, CountKeys.WithTrademark, state.Holdings.TrademarkRegistration is not null);
        Increment(counts, CountKeys.MenteesInMentoring, state.Status == ProgrammeStatus.Mentoring);
        Increment(counts, CountKeys.Graduations, state.Status == ProgrammeStatus.Graduated);
        var nudges = state.Plan.Sum(t => t.Steps.Sum(s => s.Nudges.Count));
        if (nudges > 0)
        {
            counts[CountKeys.NudgesSent] = nudges;
        }
        if (state.Status is ProgrammeStatus.Mentoring or ProgrammeStatus.Graduated)
        {
            foreach (var track in state.Plan)
            {
                foreach (var step in track.Steps)
                {
                    Increment(counts, CountKeys.Steps(track.Track, StepCount.Done), step.Status == StepStatus.Done);
                    var open = state.Status == ProgrammeStatus.Mentoring && !step.IsClosed;
                    Increment(counts, CountKeys.Steps(track.Track, StepCount.Open), open);
                    Increment(counts, CountKeys.Steps(track.Track, StepCount.Overdue), OverdueRule.IsOverdue(state, step, today));
                }
            }
        }
        return counts;
    }

    public static Dictionary<string, long> CountsFor(MentorState state)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        if (state.Status != MentorStatus.None)
        {
            Increment(counts, CountKeys.Mentors);
            Increment(counts, CountKeys.MentorsActive, state.Status == MentorStatus.Selected);
        }
        return counts;
    }

    public static UmkmListing ListingFor(UmkmState state, DateOnly today) => new()
    {
        Id = state.Id,
        BusinessName = state.Profile.BusinessName,
        KelurahanCode = state.Profile.KelurahanCode,
        Status = state.Status,
        Tracks = state.Needs,
        MentorId = state.MentorId,
        OverdueSteps = OverdueRule.OverdueSteps(state, today).Count(),
    };

    /// <summary>
    /// What a daily snapshot keeps of an area's counts: everything but the per-track step counts, which are
    /// summed into one done, open and overdue count each.
    /// </summary>
    public static Dictionary<string, long> Snapshot(IReadOnlyDictionary<string, long> counts)
    {
        var kept = counts.Where(c => !c.Key.StartsWith("steps:", StringComparison.Ordinal)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        foreach (var step in Enum.GetValues<StepCount>())
        {
            var suffix = ":" + step.ToString().ToLowerInvariant();
            var sum = counts.Where(c => c.Key.StartsWith("steps:", StringComparison.Ordinal) && c.Key.EndsWith(suffix, StringComparison.Ordinal)).Sum(c => c.Value);
            if (sum != 0)
            {
                kept["steps" + suffix] = sum;
            }
        }
        return kept;
    }

    /// <summary>Adds <paramref name="counts"/> times <paramref name="sign"/> into <paramref name="totals"/>, dropping zeros.</summary>
    public static void Add(Dictionary<string, long> totals, IReadOnlyDictionary<string, long> counts, int sign = 1)
    {
        foreach (var (key, value) in counts)
        {
            var sum = totals.GetValueOrDefault(key) + sign * value;
            if (sum == 0)
            {
                totals.Remove(key);
            }
            else
            {
                totals[key] = sum;
            }
        }
    }

    private static void Increment(Dictionary<string, long> counts, string key, bool when = true)
    {
        if (when)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }
}
