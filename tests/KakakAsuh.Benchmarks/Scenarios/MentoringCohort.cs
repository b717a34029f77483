using KakakAsuh.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Mentors;
using KakakAsuh.Rounds;
using KakakAsuh.Umkm;

namespace KakakAsuh.Benchmarks.Scenarios;

/// <summary>
/// Brings UMKM to "matched" through the grains' real commands, as staff would: register, map needs (one track), and
/// per curation round (one kecamatan, one mentor of <see cref="RoundSize"/> places) add candidates, pick, approve, close.
/// Rounds rotate over the 8 kecamatan, so each kecamatan's nudge outbox gets the same share.
/// </summary>
public sealed class MentoringCohort(IGrainFactory grains, WilayahCatalog wilayah, string prefix)
{
    /// <summary>UMKM per round and places per mentor: small rounds keep each round's stored state small.</summary>
    public const int RoundSize = 25;

    /// <summary>The track every UMKM is mapped to, and its first step: the one that falls due.</summary>
    public const string Track = "qris";
    public const string FirstStep = "provider-registration";

    private static readonly CommandContext Staff = new("staff:benchmark", "benchmark cohort");
    private static readonly string[] Panel = ["Dr. Ratna (Dinas PPKUKM DKI)"];

    public string UmkmId(int i) => $"{prefix}-UMKM-{i:D6}";

    public static int Rounds(int count) => (count + RoundSize - 1) / RoundSize;

    /// <summary>The kecamatan of a round: rounds rotate over them.</summary>
    public string KecamatanOf(int round) => wilayah.Kecamatan[round % wilayah.Kecamatan.Count].Code;

    /// <summary>One round: its mentor, its UMKM registered and mapped, picked, approved and assigned by the close.</summary>
    public async Task MatchRoundAsync(int round, int count, DateOnly today)
    {
        var kecamatan = KecamatanOf(round);
        var kelurahan = wilayah.Kelurahan.Where(k => k.ParentCode == kecamatan).Select(k => k.Code).ToArray();
        var mentorId = $"{prefix}-mentor-{round:D5}";
        var roundId = $"{kecamatan}-{prefix}-{round:D5}";
        var mentor = grains.GetGrain<IMentorGrain>(mentorId);
        Accepted(await mentor.RegisterAsync(new MentorRegistration { Name = $"Kakak Asuh {round}", KecamatanCode = kecamatan, Capacity = RoundSize }, Staff));
        Accepted(await mentor.SelectAsync(Staff));
        var curation = grains.GetGrain<ICurationRoundGrain>(roundId);
        Accepted(await curation.CreateAsync(new RoundSetup { Date = today, ScopeCode = kecamatan, Panel = Panel }, Staff));
        Accepted(await curation.AddMentorCandidateAsync(mentorId, Staff));
        var first = round * RoundSize;
        for (var i = first; i < Math.Min(first + RoundSize, count); i++)
        {
            var id = UmkmId(i);
            var umkm = grains.GetGrain<IUmkmGrain>(id);
            var registration = SampleUmkm.Registration(i, kelurahan[i / wilayah.Kecamatan.Count % kelurahan.Length]);
            Accepted(await umkm.RegisterAsync(registration with { Holdings = registration.Holdings with { Qris = false } }, Staff));
            Accepted(await umkm.MapNeedsAsync([Track], Staff));
            Accepted(await curation.AddMenteeCandidateAsync(id, Staff));
            Accepted(await curation.PickAsync(mentorId, id, Staff));
            Accepted(await curation.DecideAsync(new PanelDecision(id, Panel[0], Approve: true), Staff));
        }
        Accepted(await curation.CloseAsync(Staff));
    }

    public static void Accepted(CommandResult result)
    {
        if (result.Refusal is { } refusal)
        {
            throw new InvalidOperationException($"refused: {refusal.Code}: {refusal.Message}");
        }
    }
}
