using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Mentors;
using KakakAsuh.Rounds;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Rounds;

/// <summary>A curation round: candidates, mentors' picks (capacity, one mentor per mentee), panel decisions, close.</summary>
public static class RoundRules
{
    public const int MaxPanelMembers = 20;

    public static Decision<RoundState> Create(RoundState state, string id, RoundSetup setup, WilayahCatalog wilayah)
    {
        if (state.Status != RoundStatus.None)
        {
            return Refusal.Conflict("round-exists", $"Curation round {id} exists already.");
        }
        var v = new Validation()
            .Check("date", setup.Date != default, "The round's date is required.")
            .Check("scopeCode", setup.ScopeCode == wilayah.City.Code || wilayah.IsKecamatan(setup.ScopeCode),
                $"The scope is the city ({wilayah.City.Code}) or one of its 8 kecamatan codes, not '{setup.ScopeCode}'.")
            .Check("panel", setup.Panel.Count is >= 1 and <= MaxPanelMembers, $"The expert panel has 1 to {MaxPanelMembers} members.")
            .Check("panel", setup.Panel.All(m => !string.IsNullOrWhiteSpace(m) && m.Length <= Validation.MaxNameLength),
                "Each panel member has a name of at most 200 characters.")
            .Check("deadline", setup.Deadline is null || setup.Deadline >= setup.Date, "The deadline is on or after the round's date.");
        if (!v.IsValid)
        {
            return v.ToRefusal("invalid-round", "The curation round is not valid");
        }
        return Decision<RoundState>.Accept(
            state with { Id = id, Status = RoundStatus.Open, Date = setup.Date, ScopeCode = setup.ScopeCode, Panel = [.. setup.Panel], Deadline = setup.Deadline },
            $"opened for {setup.Date:yyyy-MM-dd} in {setup.ScopeCode} with a panel of {setup.Panel.Count}");
    }

    public static Decision<RoundState> AddMentorCandidate(RoundState state, string mentorId, MentorState? mentor, WilayahCatalog wilayah)
    {
        if (NotOpen(state) is { } notOpen)
        {
            return notOpen;
        }
        if (mentor is null || mentor.Status == MentorStatus.None)
        {
            return Refusal.NotFound("mentor-not-found", $"No mentor is registered under '{mentorId}'.");
        }
        if (state.MentorCandidates.Contains(mentorId))
        {
            return Decision<RoundState>.AlreadyDone;
        }
        if (mentor.Status != MentorStatus.Selected)
        {
            return Refusal.Conflict("mentor-not-selected", $"Mentor {mentor.Name} has not been selected after review, so it cannot pick mentees.");
        }
        if (!wilayah.IsWithin(mentor.KecamatanCode, state.ScopeCode))
        {
            return Refusal.Conflict("out-of-scope", $"Mentor {mentor.Name} mentors in {mentor.KecamatanCode}, outside this round's area {state.ScopeCode}.");
        }
        if (state.MentorCandidates.Count >= RoundState.MaxMentorCandidates)
        {
            return Refusal.Conflict("round-full", $"A round holds at most {RoundState.MaxMentorCandidates} candidate mentors.");
        }
        return Decision<RoundState>.Accept(state with { MentorCandidates = [.. state.MentorCandidates, mentorId] }, $"candidate mentor {mentorId} ({mentor.Name})");
    }

    /// <summary>Checks a candidate mentee; the grain then nominates it on the UMKM grain, which has the last word.</summary>
    public static Decision<RoundState> AddMenteeCandidate(RoundState state, string umkmId, UmkmState? umkm, WilayahCatalog wilayah)
    {
        if (NotOpen(state) is { } notOpen)
        {
            return notOpen;
        }
        if (umkm is null || umkm.Status == ProgrammeStatus.None)
        {
            return Refusal.NotFound("umkm-not-found", $"No UMKM is registered under '{umkmId}'.");
        }
        if (state.MenteeCandidates.Contains(umkmId))
        {
            return Decision<RoundState>.AlreadyDone;
        }
        if (!wilayah.IsWithin(umkm.Profile.KelurahanCode, state.ScopeCode))
        {
            return Refusal.Conflict("out-of-scope", $"UMKM {umkmId} is in {umkm.Profile.KelurahanCode}, outside this round's area {state.ScopeCode}.");
        }
        if (state.MenteeCandidates.Count >= RoundState.MaxMenteeCandidates)
        {
            return Refusal.Conflict("round-full", $"A round holds at most {RoundState.MaxMenteeCandidates} candidate mentees.");
        }
        return Decision<RoundState>.Accept(state with { MenteeCandidates = [.. state.MenteeCandidates, umkmId] }, $"candidate mentee {umkmId}");
    }

    public static Decision<RoundState> Pick(RoundState state, string mentorId, string umkmId, MentorState? mentor)
    {
        if (NotOpen(state) is { } notOpen)
        {
            return notOpen;
        }
        if (!state.MentorCandidates.Contains(mentorId) || mentor is null)
        {
            return Refusal.Conflict("not-a-candidate-mentor", $"Mentor {mentorId} is not a candidate mentor of round {state.Id}.");
        }
        if (!state.MenteeCandidates.Contains(umkmId))
        {
            return Refusal.Conflict("not-a-candidate-mentee", $"UMKM {umkmId} is not a candidate mentee of round {state.Id}.");
        }
        if (state.Picks.FirstOrDefault(p => p.UmkmId == umkmId && p.IsLive) is { } taken)
        {
            return taken.MentorId == mentorId
                ? Decision<RoundState>.AlreadyDone
                : Refusal.Conflict("mentee-already-picked", $"UMKM {umkmId} is already picked by mentor {taken.MentorId}: one mentee, one mentor.");
        }
        var held = state.Picks.Count(p => p.MentorId == mentorId && p.Status is PickStatus.Proposed or PickStatus.Approved);
        if (mentor.Mentees.Count + held >= mentor.Capacity)
        {
            return Refusal.Conflict("mentor-over-capacity",
                $"Mentor {mentor.Name} has room for {mentor.Capacity} mentees: {mentor.Mentees.Count} mentored now and {held} picked in this round.");
        }
        var picks = state.Picks.Where(p => p.UmkmId != umkmId).Append(new Pick { MentorId = mentorId, UmkmId = umkmId, Status = PickStatus.Proposed });
        return Decision<RoundState>.Accept(state with { Picks = [.. picks] }, $"mentor {mentorId} picks UMKM {umkmId}");
    }

    public static Decision<RoundState> Decide(RoundState state, PanelDecision decision, string? reason)
    {
        if (NotOpen(state) is { } notOpen)
        {
            return notOpen;
        }
        if (!state.Panel.Contains(decision.PanelMember))
        {
            return Refusal.Conflict("not-on-panel", $"'{decision.PanelMember}' is not on round {state.Id}'s expert panel.");
        }
        if (!decision.Approve && string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Invalid("reason-required", "Say why the panel rejects the pick.", "reason");
        }
        var pick = state.Picks.FirstOrDefault(p => p.UmkmId == decision.UmkmId && p.IsLive);
        if (pick is null)
        {
            return Refusal.NotFound("pick-not-found", $"No mentor has picked UMKM {decision.UmkmId} in round {state.Id}.");
        }
        if (pick.Status != PickStatus.Proposed)
        {
            return Refusal.Conflict("pick-decided", $"The pick of UMKM {decision.UmkmId} was {pick.Status.ToString().ToLowerInvariant()} already.");
        }
        var decided = pick with { Status = decision.Approve ? PickStatus.Approved : PickStatus.Rejected, DecidedBy = decision.PanelMember, Note = reason };
        return Decision<RoundState>.Accept(WithPick(state, pick, decided),
            $"panel ({decision.PanelMember}) {(decision.Approve ? "approves" : "rejects")} mentor {pick.MentorId}'s pick of UMKM {pick.UmkmId}");
    }

    public static Decision<RoundState> BeginClose(RoundState state)
    {
        if (state.Status == RoundStatus.None)
        {
            return Refusal.NotFound("round-not-found", "No curation round exists under this id.");
        }
        if (state.Status != RoundStatus.Open)
        {
            return Decision<RoundState>.AlreadyDone;
        }
        var waiting = state.Picks.Count(p => p.Status == PickStatus.Proposed);
        if (waiting > 0)
        {
            return Refusal.Conflict("picks-undecided", $"{waiting} pick(s) still await the panel's decision; the round cannot close yet.");
        }
        var approved = state.Picks.Count(p => p.Status == PickStatus.Approved);
        return Decision<RoundState>.Accept(state with { Status = RoundStatus.Closing }, $"closing: {approved} approved pick(s) to assign");
    }

    /// <summary>Records the outcome of assigning one approved pick while the round closes.</summary>
    public static Decision<RoundState> RecordAssignment(RoundState state, Pick pick, Refusal? refusal)
    {
        var outcome = refusal is null
            ? pick with { Status = PickStatus.Assigned }
            : pick with { Status = PickStatus.NotAssigned, Note = refusal.Message };
        return Decision<RoundState>.Accept(WithPick(state, pick, outcome),
            refusal is null ? $"assigned UMKM {pick.UmkmId} to mentor {pick.MentorId}" : $"could not assign UMKM {pick.UmkmId} to mentor {pick.MentorId}: {refusal.Message}");
    }

    public static Decision<RoundState> FinishClose(RoundState state)
    {
        if (state.Status != RoundStatus.Closing)
        {
            return Decision<RoundState>.AlreadyDone;
        }
        var assigned = state.Picks.Count(p => p.Status == PickStatus.Assigned);
        return Decision<RoundState>.Accept(state with { Status = RoundStatus.Closed }, $"closed with {assigned} assignment(s)");
    }

    /// <summary>Whether an open round with a deadline needs its reminder.</summary>
    public static bool NeedsReminder(RoundState state) => state.Status is RoundStatus.Open or RoundStatus.Closing && state.Deadline is not null;

    /// <summary>Records that staff were nudged about the coming deadline.</summary>
    public static Decision<RoundState> DeadlineNudged(RoundState state, DateTimeOffset at) =>
        state.DeadlineNudgedAt is not null ? Decision<RoundState>.AlreadyDone
            : Decision<RoundState>.Accept(state with { DeadlineNudgedAt = at }, $"staff nudged: the deadline {state.Deadline:yyyy-MM-dd} is near");

    /// <summary>Flags a round whose deadline passed without it closing.</summary>
    public static Decision<RoundState> Flag(RoundState state, string why) =>
        state.Flag == why ? Decision<RoundState>.AlreadyDone : Decision<RoundState>.Accept(state with { Flag = why }, $"flagged: {why}");

    private static RoundState WithPick(RoundState state, Pick old, Pick updated) =>
        state with { Picks = [.. state.Picks.Select(p => ReferenceEquals(p, old) ? updated : p)] };

    private static Refusal? NotOpen(RoundState state) => state.Status switch
    {
        RoundStatus.None => Refusal.NotFound("round-not-found", "No curation round exists under this id."),
        RoundStatus.Open => null,
        _ => Refusal.Conflict("round-closed", $"Curation round {state.Id} is {state.Status.ToString().ToLowerInvariant()}; it takes no more candidates, picks or decisions."),
    };
}
