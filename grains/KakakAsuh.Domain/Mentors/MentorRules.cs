using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Mentors;

namespace KakakAsuh.Domain.Mentors;

/// <summary>A Kakak Asuh's lifecycle and mentees: registered, selected after review, capacity, deactivation.</summary>
public static class MentorRules
{
    public const int MaxCapacity = 100;

    public static Decision<MentorState> Register(MentorState state, string id, MentorRegistration registration, WilayahCatalog wilayah)
    {
        if (state.Status != MentorStatus.None)
        {
            return Refusal.Conflict("already-registered", $"Mentor {id} is already registered.");
        }
        var v = new Validation()
            .Require("name", registration.Name, "The mentor's name")
            .Check("kecamatanCode", wilayah.IsKecamatan(registration.KecamatanCode),
                $"'{registration.KecamatanCode}' is not one of West Jakarta's 8 kecamatan codes (e.g. 31.73.04).")
            .Check("capacity", registration.Capacity is >= 1 and <= MaxCapacity, $"The capacity is 1 to {MaxCapacity} mentees.");
        if (registration.KelurahanCode is { } kelurahan)
        {
            v.Check("kelurahanCode", wilayah.IsKelurahan(kelurahan) && wilayah.IsWithin(kelurahan, registration.KecamatanCode),
                $"'{kelurahan}' is not a kelurahan of kecamatan {registration.KecamatanCode}.");
        }
        if (!v.IsValid)
        {
            return v.ToRefusal("invalid-registration", "The mentor's registration is not valid");
        }
        return Decision<MentorState>.Accept(new MentorState
        {
            Id = id,
            Status = MentorStatus.Registered,
            Name = registration.Name,
            KecamatanCode = registration.KecamatanCode,
            KelurahanCode = registration.KelurahanCode,
            UmkmId = registration.UmkmId,
            Capacity = registration.Capacity,
            History = state.History,
            Version = state.Version,
        }, $"registered in kecamatan {registration.KecamatanCode} with capacity {registration.Capacity}");
    }

    public static Decision<MentorState> Select(MentorState state)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        return state.Status switch
        {
            MentorStatus.Selected => Decision<MentorState>.AlreadyDone,
            MentorStatus.Registered => Decision<MentorState>.Accept(state with { Status = MentorStatus.Selected }, "selected after review"),
            _ => Refusal.Conflict("mentor-inactive", $"Mentor {state.Name} is inactive and cannot be selected."),
        };
    }

    public static Decision<MentorState> SetCapacity(MentorState state, int capacity)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (capacity is < 1 or > MaxCapacity)
        {
            return Refusal.Invalid("invalid-capacity", $"The capacity is 1 to {MaxCapacity} mentees.", "capacity");
        }
        if (capacity < state.Mentees.Count)
        {
            return Refusal.Conflict("capacity-below-mentees", $"Mentor {state.Name} mentors {state.Mentees.Count} UMKM now; the capacity cannot be lower.");
        }
        return Decision<MentorState>.Accept(state with { Capacity = capacity }, $"capacity {state.Capacity} -> {capacity}");
    }

    public static Decision<MentorState> AcceptMentee(MentorState state, string umkmId)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (state.Mentees.Contains(umkmId))
        {
            return Decision<MentorState>.AlreadyDone;
        }
        if (state.Status != MentorStatus.Selected)
        {
            return Refusal.Conflict("mentor-not-selected", $"Mentor {state.Name} is {Describe(state.Status)}; only a selected mentor takes mentees.");
        }
        if (state.Mentees.Count >= state.Capacity)
        {
            return Refusal.Conflict("mentor-over-capacity", $"Mentor {state.Name} already mentors {state.Mentees.Count} of {state.Capacity} UMKM.");
        }
        return Decision<MentorState>.Accept(state with { Mentees = [.. state.Mentees, umkmId] }, $"took on mentee {umkmId}");
    }

    public static Decision<MentorState> ReleaseMentee(MentorState state, string umkmId, MenteeOutcome outcome)
    {
        if (!state.Mentees.Contains(umkmId))
        {
            return Decision<MentorState>.AlreadyDone;
        }
        return Decision<MentorState>.Accept(
            state with
            {
                Mentees = [.. state.Mentees.Where(m => m != umkmId)],
                Alumni = outcome == MenteeOutcome.Graduated ? [.. state.Alumni, umkmId] : state.Alumni,
            },
            $"mentee {umkmId} left: {outcome.ToString().ToLowerInvariant()}");
    }

    public static Decision<MentorState> Deactivate(MentorState state, string? reason)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Invalid("reason-required", "Say why the mentor is deactivated.", "reason");
        }
        if (state.Status == MentorStatus.Inactive)
        {
            return Decision<MentorState>.AlreadyDone;
        }
        if (state.Mentees.Count > 0)
        {
            return Refusal.Conflict("mentor-has-mentees", $"Mentor {state.Name} still mentors {state.Mentees.Count} UMKM; reassign them first.");
        }
        return Decision<MentorState>.Accept(state with { Status = MentorStatus.Inactive }, "deactivated");
    }

    private static Refusal? Missing(MentorState state) =>
        state.Status == MentorStatus.None ? Refusal.NotFound("mentor-not-found", "No mentor is registered under this id.") : null;

    private static string Describe(MentorStatus status) => status switch
    {
        MentorStatus.Registered => "registered but not yet selected",
        MentorStatus.Selected => "selected",
        MentorStatus.Inactive => "inactive",
        _ => "not registered",
    };
}
