using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.Umkm;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Privacy;

/// <summary>Data-subject requests on a UMKM's owner data (UU PDP 27/2022): correction and erasure.</summary>
public static class PersonalDataRules
{
    /// <summary>What erased personal data reads as, wherever it was.</summary>
    public const string Erased = "[erased]";

    /// <summary>Values shorter than this are not searched for in free texts: they would match ordinary words.</summary>
    private const int MinScrubLength = 3;

    public static Decision<UmkmState> Correct(UmkmState state, PersonalDataCorrection correction)
    {
        if (UmkmRules.Missing(state) is { } missing)
        {
            return missing;
        }
        if (state.PersonalDataErasedAt is not null)
        {
            return Refusal.Conflict("personal-data-erased", $"The owner data of UMKM {state.Id} was erased on request; there is nothing to correct.");
        }
        var profile = state.Profile with
        {
            OwnerName = correction.OwnerName?.Trim() ?? state.Profile.OwnerName,
            Nik = correction.Nik is null ? state.Profile.Nik : Blank(correction.Nik),
            Phone = correction.Phone is null ? state.Profile.Phone : Blank(correction.Phone),
        };
        var v = UmkmRegistrationRules.CheckPersonalData(new Validation(), profile.OwnerName, profile.Nik, profile.Phone);
        if (!v.IsValid)
        {
            return v.ToRefusal("invalid-personal-data", "The correction is not valid");
        }
        var changed = Fields(state.Profile, profile);
        return changed.Count == 0
            ? Decision<UmkmState>.AlreadyDone
            : Decision<UmkmState>.Accept(state with { Profile = profile }, $"personal data corrected: {string.Join(", ", changed)}");
    }

    /// <summary>
    /// Anonymises the owner's name, NIK and phone in the state and wherever a free text (history, step notes, the
    /// withdrawal reason) repeats them. Business facts (name, KBLI, holdings, status, plan) stay, so do the summaries.
    /// </summary>
    public static Decision<UmkmState> Erase(UmkmState state, DateTimeOffset at)
    {
        if (UmkmRules.Missing(state) is { } missing)
        {
            return missing;
        }
        if (state.PersonalDataErasedAt is not null)
        {
            return Decision<UmkmState>.AlreadyDone;
        }
        var values = ValuesOf(state.Profile);
        var history = state.History with
        {
            Entries = [.. state.History.Entries.Select(e => e with { Detail = Scrub(e.Detail, values)!, Reason = Scrub(e.Reason, values) })],
        };
        var plan = state.Plan.Select(t => t with { Steps = [.. t.Steps.Select(s => s with { Note = Scrub(s.Note, values) })] }).ToList();
        var next = state with
        {
            Profile = state.Profile with { OwnerName = Erased, Nik = null, Phone = null },
            History = history,
            Plan = plan,
            WithdrawalReason = Scrub(state.WithdrawalReason, values),
            PersonalDataErasedAt = at,
        };
        return Decision<UmkmState>.Accept(next, "personal data erased on request: owner name, NIK, phone");
    }

    /// <summary>The personal values worth searching for in free texts.</summary>
    public static IReadOnlyList<string> ValuesOf(UmkmProfile profile) =>
        [.. new[] { profile.OwnerName, profile.Nik, profile.Phone }.OfType<string>().Where(v => v.Length >= MinScrubLength && v != Erased)];

    public static string? Scrub(string? text, IReadOnlyList<string> values) =>
        text is null ? null : values.Aggregate(text, (t, v) => t.Replace(v, Erased, StringComparison.OrdinalIgnoreCase));

    private static List<string> Fields(UmkmProfile before, UmkmProfile after)
    {
        var fields = new List<string>();
        if (before.OwnerName != after.OwnerName)
        {
            fields.Add("ownerName");
        }
        if (before.Nik != after.Nik)
        {
            fields.Add("nik");
        }
        if (before.Phone != after.Phone)
        {
            fields.Add("phone");
        }
        return fields;
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
