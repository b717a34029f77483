using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Umkm;

/// <summary>The UMKM's programme lifecycle: registered, mapped, nominated, matched, mentoring, graduated or withdrawn.</summary>
public static class UmkmRules
{
    public static Decision<UmkmState> Register(UmkmState state, string id, UmkmRegistration registration, WilayahCatalog wilayah)
    {
        if (state.Status != ProgrammeStatus.None)
        {
            return Refusal.Conflict("already-registered", $"UMKM {id} is already registered.");
        }
        if (UmkmRegistrationRules.Validate(registration, wilayah) is { } invalid)
        {
            return invalid;
        }
        return Decision<UmkmState>.Accept(
            state with { Id = id, Status = ProgrammeStatus.Registered, Profile = registration.Profile, Holdings = registration.Holdings },
            $"registered in kelurahan {registration.Profile.KelurahanCode}");
    }

    public static Decision<UmkmState> MapNeeds(UmkmState state, IReadOnlyList<string> tracks, TrackCatalog catalog)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (state.Status is not (ProgrammeStatus.Registered or ProgrammeStatus.Mapped))
        {
            return Refusal.Conflict("not-mappable",
                $"UMKM {state.Id} is {Describe(state.Status)}; its needs can only be mapped before it is nominated for a curation round.");
        }
        if (tracks.Count == 0)
        {
            return Refusal.Invalid("no-tracks", "Name at least one track the UMKM needs help with.", "tracks");
        }
        var unknown = tracks.Where(t => catalog.Find(t) is null).ToList();
        if (unknown.Count > 0)
        {
            return Refusal.Invalid("unknown-track",
                $"Unknown track(s): {string.Join(", ", unknown)}. Known tracks: {string.Join(", ", catalog.Tracks.Select(t => t.Key))}.", "tracks");
        }
        if (tracks.Distinct(StringComparer.Ordinal).Count() != tracks.Count)
        {
            return Refusal.Invalid("duplicate-track", "Each track can be named once.", "tracks");
        }
        var templates = tracks.Select(t => catalog.Find(t)!).ToList();
        if (templates.FirstOrDefault(t => t.FinalGrant is { } grant && state.Holdings.Holds(grant)) is { } held)
        {
            return Refusal.Conflict("already-held", $"UMKM {state.Id} already holds what the '{held.Key}' track leads to ({held.FinalGrant}); it does not need that track.");
        }
        var plan = templates.Select(PlanRules.NewTrack).ToList();
        return Decision<UmkmState>.Accept(
            state with { Status = ProgrammeStatus.Mapped, Needs = [.. tracks], Plan = plan },
            $"needs mapped: {string.Join(", ", tracks)}");
    }

    public static Decision<UmkmState> Nominate(UmkmState state, string roundId)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (state.Status == ProgrammeStatus.Nominated && state.RoundId == roundId)
        {
            return Decision<UmkmState>.AlreadyDone;
        }
        if (state.Status == ProgrammeStatus.Nominated)
        {
            return Refusal.Conflict("already-nominated", $"UMKM {state.Id} is already a candidate in curation round {state.RoundId}.");
        }
        if (state.Status != ProgrammeStatus.Mapped)
        {
            return Refusal.Conflict("not-nominable", $"UMKM {state.Id} is {Describe(state.Status)}; only a mapped UMKM (needs assessed) can be a candidate mentee.");
        }
        return Decision<UmkmState>.Accept(state with { Status = ProgrammeStatus.Nominated, RoundId = roundId, Rounds = [.. state.Rounds.Where(r => r != roundId), roundId] }, $"candidate mentee in curation round {roundId}");
    }

    public static Decision<UmkmState> ReleaseNomination(UmkmState state, string roundId)
    {
        if (state.Status != ProgrammeStatus.Nominated || state.RoundId != roundId)
        {
            return Decision<UmkmState>.AlreadyDone;
        }
        return Decision<UmkmState>.Accept(state with { Status = ProgrammeStatus.Mapped, RoundId = null }, $"not picked in curation round {roundId}; back in the mapped pool");
    }

    public static Decision<UmkmState> AssignMentor(UmkmState state, string mentorId, string roundId)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (state.MentorId == mentorId && state.RoundId == roundId && state.Status is ProgrammeStatus.Matched or ProgrammeStatus.Mentoring)
        {
            return Decision<UmkmState>.AlreadyDone;
        }
        if (state.Status != ProgrammeStatus.Nominated || state.RoundId != roundId)
        {
            return Refusal.Conflict("not-assignable",
                $"UMKM {state.Id} is {Describe(state.Status)}{(state.RoundId is null ? "" : $" (round {state.RoundId})")}; only a candidate of round {roundId} can be assigned a mentor by it.");
        }
        return Decision<UmkmState>.Accept(state with { Status = ProgrammeStatus.Matched, MentorId = mentorId }, $"matched with mentor {mentorId} in curation round {roundId}");
    }

    public static Decision<UmkmState> BeginMentoring(UmkmState state, DateOnly today, ProgrammeReferenceData data)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (state.Status != ProgrammeStatus.Matched)
        {
            return Refusal.Conflict("not-matched", $"UMKM {state.Id} is {Describe(state.Status)}; mentoring begins once a curation round has matched it with a mentor.");
        }
        var plan = state.Plan.Select(t => PlanRules.Reschedule(t, data.Tracks.Find(t.Track)!, 0, today, data.Calendar)).ToList();
        return Decision<UmkmState>.Accept(state with { Status = ProgrammeStatus.Mentoring, MentoringSince = today, Plan = plan }, $"mentoring begins with mentor {state.MentorId}");
    }

    /// <summary>Checks a reassignment; the grain then asks the new mentor to accept and the old one to let go.</summary>
    public static Decision<UmkmState> Reassign(UmkmState state, string mentorId)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (state.Status is not (ProgrammeStatus.Matched or ProgrammeStatus.Mentoring))
        {
            return Refusal.Conflict("not-mentored", $"UMKM {state.Id} is {Describe(state.Status)}; only a matched or mentored UMKM can be reassigned.");
        }
        if (state.MentorId == mentorId)
        {
            return Refusal.Conflict("same-mentor", $"UMKM {state.Id} is already mentored by {mentorId}.");
        }
        return Decision<UmkmState>.Accept(state with { MentorId = mentorId }, $"reassigned from mentor {state.MentorId} to mentor {mentorId}; progress kept");
    }

    public static Decision<UmkmState> Graduate(UmkmState state)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (state.Status == ProgrammeStatus.Graduated)
        {
            return Decision<UmkmState>.AlreadyDone;
        }
        if (state.Status != ProgrammeStatus.Mentoring)
        {
            return Refusal.Conflict("not-mentoring", $"UMKM {state.Id} is {Describe(state.Status)}; only a UMKM in mentoring can graduate.");
        }
        var open = state.Plan.SelectMany(t => t.Steps.Where(s => !s.IsClosed).Select(s => $"{t.Track}/{s.Key}")).ToList();
        if (open.Count > 0)
        {
            return Refusal.Conflict("steps-open",
                $"UMKM {state.Id} cannot graduate: {open.Count} step(s) are neither done nor skipped ({string.Join(", ", open.Take(5))}{(open.Count > 5 ? ", ..." : "")}).");
        }
        return Decision<UmkmState>.Accept(state with { Status = ProgrammeStatus.Graduated }, $"graduated; mentored by {state.MentorId}");
    }

    public static Decision<UmkmState> Withdraw(UmkmState state, string? reason)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Invalid("reason-required", "Say why the UMKM is withdrawn.", "reason");
        }
        if (state.Status is ProgrammeStatus.Graduated or ProgrammeStatus.Withdrawn)
        {
            return Refusal.Conflict("not-open", $"UMKM {state.Id} is {Describe(state.Status)} already; only an open UMKM can be withdrawn.");
        }
        return Decision<UmkmState>.Accept(state with { Status = ProgrammeStatus.Withdrawn, WithdrawalReason = reason }, $"withdrawn while {Describe(state.Status)}");
    }

    internal static Refusal? Missing(UmkmState state) =>
        state.Status == ProgrammeStatus.None ? Refusal.NotFound("umkm-not-found", "No UMKM is registered under this code.") : null;

    public static string Describe(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.None => "not registered",
        ProgrammeStatus.Registered => "registered (needs not mapped yet)",
        ProgrammeStatus.Mapped => "mapped",
        ProgrammeStatus.Nominated => "a candidate in a curation round",
        ProgrammeStatus.Matched => "matched with a mentor",
        ProgrammeStatus.Mentoring => "in mentoring",
        ProgrammeStatus.Graduated => "graduated",
        ProgrammeStatus.Withdrawn => "withdrawn",
        _ => status.ToString(),
    };
}
