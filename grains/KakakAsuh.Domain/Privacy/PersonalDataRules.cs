using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.Umkm;
using KakakAsuh.Rounds;
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
        var former = new FormerOwnerData
        {
            OwnerName = changed.Contains("ownerName") ? state.Profile.OwnerName : null,
            Nik = changed.Contains("nik") ? state.Profile.Nik : null,
            Phone = changed.Contains("phone") ? state.Profile.Phone : null,
        };
        return changed.Count == 0
            ? Decision<UmkmState>.AlreadyDone
            : Decision<UmkmState>.Accept(state with { Profile = profile, FormerOwnerData = [.. state.FormerOwnerData, former] }, $"personal data corrected: {string.Join(", ", changed)}");
    }

    /// <summary>
    /// Anonymises the owner's name, NIK and phone in the state and wherever a free text (history, step notes, the
    /// withdrawal reason) repeats them: every value the record ever held (the current ones and those corrections
    /// replaced), phone numbers in every form, and any NIK or phone number at all (<see cref="PersonalDataFinder"/>).
    /// The erasure's history line says that it happened, by whom and when; its purpose is kept in the access log only,
    /// where personal data is protected, never in the history it has just scrubbed. Business facts (name, KBLI,
    /// holdings, status, plan) stay, so do the summaries.
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
        var finder = new PersonalDataFinder(ValuesOf(state));
        var next = WithFreeTexts(state, t => finder.Replace(t, Erased, Erased, Erased)) with
        {
            Profile = state.Profile with { OwnerName = Erased, Nik = null, Phone = null },
            FormerOwnerData = [],
            PersonalDataErasedAt = at,
        };
        return Decision<UmkmState>.Accept(next, "personal data erased on request: owner name, NIK, phone");
    }

    /// <summary>
    /// Erases a candidate mentee's owner data from a curation round: its picks' notes and the history lines that name
    /// it lose <paramref name="values"/> and any NIK or phone number; the other history lines lose
    /// <paramref name="values"/> only, since other owners' numbers are theirs to erase.
    /// </summary>
    public static Decision<RoundState> EraseFromRound(RoundState state, string umkmId, IReadOnlyList<string> values)
    {
        if (state.Status == RoundStatus.None)
        {
            return AccessRules.RoundNotFound(state.Id);
        }
        var finder = new PersonalDataFinder(values);
        var names = new PersonalDataFinder(values, patterns: false);
        string? About(string? text) => finder.Replace(text, Erased, Erased, Erased);
        var next = state with
        {
            Picks = [.. state.Picks.Select(p => p.UmkmId == umkmId ? p with { Note = About(p.Note) } : p)],
            History = state.History with
            {
                Entries = [.. state.History.Entries.Select(e => e.Detail.Contains(umkmId, StringComparison.Ordinal)
                    ? e with { Detail = About(e.Detail)!, Reason = About(e.Reason) }
                    : e with { Detail = names.Replace(e.Detail, Erased, Erased, Erased)!, Reason = names.Replace(e.Reason, Erased, Erased, Erased) })],
            },
        };
        return next.Picks.SequenceEqual(state.Picks) && next.History.Entries.SequenceEqual(state.History.Entries)
            ? Decision<RoundState>.AlreadyDone
            : Decision<RoundState>.Accept(next, $"personal data of UMKM {umkmId} erased on request");
    }

    /// <summary>
    /// The state as someone who may not read its owner data sees its free texts: names, NIKs and phone numbers in them
    /// replaced by <see cref="NameMark"/>, <see cref="NikMark"/> and <see cref="PhoneMark"/>, and no former owner data.
    /// </summary>
    public static UmkmState Redacted(UmkmState state)
    {
        var finder = new PersonalDataFinder(ValuesOf(state));
        return WithFreeTexts(state, t => finder.Replace(t, NameMark, NikMark, PhoneMark)) with { FormerOwnerData = [] };
    }

    public const string NameMark = "[name]";
    public const string NikMark = "[NIK]";
    public const string PhoneMark = "[phone]";

    /// <summary>Every personal value the record holds or held: the profile's and those corrections replaced.</summary>
    public static IReadOnlyList<string> ValuesOf(UmkmState state) =>
        [.. ValuesOf(state.Profile).Concat(state.FormerOwnerData.SelectMany(f => new[] { f.OwnerName, f.Nik, f.Phone }).OfType<string>().Where(v => v.Length >= MinScrubLength)).Distinct(StringComparer.Ordinal)];

    /// <summary>The personal values worth searching for in free texts.</summary>
    public static IReadOnlyList<string> ValuesOf(UmkmProfile profile) =>
        [.. new[] { profile.OwnerName, profile.Nik, profile.Phone }.OfType<string>().Where(v => v.Length >= MinScrubLength && v != Erased)];

    /// <summary>Erases <paramref name="values"/> (in every form) and any NIK or phone number from a free text.</summary>
    public static string? Scrub(string? text, IReadOnlyList<string> values) => new PersonalDataFinder(values).Replace(text, Erased, Erased, Erased);

    /// <summary>The state with <paramref name="replace"/> applied to every free text people wrote in it.</summary>
    private static UmkmState WithFreeTexts(UmkmState state, Func<string?, string?> replace) => state with
    {
        History = state.History with
        {
            Entries = [.. state.History.Entries.Select(e => e with { Detail = replace(e.Detail)!, Reason = replace(e.Reason) })],
        },
        Plan = [.. state.Plan.Select(t => t with { Steps = [.. t.Steps.Select(s => s with { Note = replace(s.Note) })] })],
        WithdrawalReason = replace(state.WithdrawalReason),
    };

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
