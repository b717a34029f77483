using KakakAsuh.Domain.Privacy;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Rules;

/// <summary>Personal data in free texts: found in every form, erased with every value the record held, redacted for readers who may not see it.</summary>
public sealed class PersonalDataRedactionTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(7));

    private static UmkmState Registered() =>
        UmkmRules.Register(new UmkmState(), "UMKM-1", Samples.Registration(), Samples.Data.Wilayah).Next!;

    private static UmkmState WithReason(UmkmState state, string reason) =>
        state.Recorded(new HistoryEntry(At, "staff:test", "note", "a note", reason));

    [Theory]
    [InlineData("hubungi 081234567890")]
    [InlineData("hubungi +62 812-3456-7890")]
    [InlineData("hubungi 62812 3456 7890")]
    [InlineData("hubungi +6281234567890 segera")]
    [InlineData("hubungi 0812.3456.7890")]
    public void Scrub_FindsAKnownPhoneInEveryForm(string text)
    {
        var scrubbed = PersonalDataRules.Scrub(text, ["081234567890"])!;

        Assert.Equal("hubungi [erased]", scrubbed.Replace(" segera", ""));
    }

    [Fact]
    public void Scrub_ErasesAnyNikOrMobileNumber_ButNotCodesOrOrdinaryNumbers()
    {
        var text = "NIK lama 3173 0445 0185 0002, HP 0857-1111-2222; NIB 9120001234567, SH ID31110012345670124, Rp 3.300.000, 2024-10-24";

        var scrubbed = PersonalDataRules.Scrub(text, []);

        Assert.Equal("NIK lama [erased], HP [erased]; NIB 9120001234567, SH ID31110012345670124, Rp 3.300.000, 2024-10-24", scrubbed);
    }

    [Fact]
    public void Scrub_FindsTheNameWholeAndByItsWords_AsWholeWords()
    {
        var scrubbed = PersonalDataRules.Scrub("Bu sari dan SARI WULANDARI hadir; Sarinah tidak", ["Sari Wulandari"]);

        Assert.Equal("Bu [erased] dan [erased] hadir; Sarinah tidak", scrubbed);
    }

    [Fact]
    public void Erase_ScrubsTheValuesACorrectionReplaced()
    {
        var state = WithReason(Registered(), "pemilik Sari Wulandari, HP 0812 3456 7890");
        state = PersonalDataRules.Correct(state, new PersonalDataCorrection { OwnerName = "Dewi Lestari", Phone = "085711112222" }).Next!;

        var erased = PersonalDataRules.Erase(state, At).Next!;

        var reason = erased.History.Entries.Single(e => e.Action == "note").Reason!;
        Assert.DoesNotContain("Sari", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("3456", reason, StringComparison.Ordinal);
        Assert.Empty(erased.FormerOwnerData);
    }

    [Fact]
    public void Correct_KeepsTheReplacedValues_ForErasureAndRedaction()
    {
        var corrected = PersonalDataRules.Correct(Registered(), new PersonalDataCorrection { OwnerName = "Dewi Lestari" }).Next!;

        var former = Assert.Single(corrected.FormerOwnerData);
        Assert.Equal(("Sari Wulandari", null, null), (former.OwnerName, former.Nik, former.Phone));
    }

    [Fact]
    public void Redacted_MarksNamesNiksAndPhones_InEveryFreeText_AndDropsFormerOwnerData()
    {
        var state = WithReason(Registered(), "berkas dikembalikan, telepon Bu Sari di +62 812 3456 7890 (NIK 3173044501850001)");
        state = state with
        {
            WithdrawalReason = "Sari Wulandari pindah",
            Plan = [new TrackPlan { Track = "halal", Steps = [new StepState { Key = "lp3h-check", Note = "komposisi kurang, 081234567890" }] }],
            FormerOwnerData = [new FormerOwnerData { OwnerName = "Siti Aminah" }],
        };
        state = WithReason(state, "dulu atas nama Siti Aminah");

        var redacted = PersonalDataRules.Redacted(state);

        Assert.Equal("berkas dikembalikan, telepon Bu [name] di [phone] (NIK [NIK])", redacted.History.Entries[^2].Reason);
        Assert.Equal("dulu atas nama [name]", redacted.History.Entries[^1].Reason);
        Assert.Equal("[name] pindah", redacted.WithdrawalReason);
        Assert.Equal("komposisi kurang, [phone]", redacted.Plan[0].Steps[0].Note);
        Assert.Empty(redacted.FormerOwnerData);
        Assert.Equal(state.Profile, redacted.Profile);
    }

    [Fact]
    public void EraseFromRound_ScrubsTheMenteesPickNotes_AndLeavesOtherMenteesNumbers()
    {
        var round = new RoundState
        {
            Id = "r1",
            Status = RoundStatus.Open,
            Picks =
            [
                new Pick { MentorId = "m", UmkmId = "UMKM-1", Status = PickStatus.Rejected, Note = "pemilik (0812 3456 7890) belum siap" },
                new Pick { MentorId = "m", UmkmId = "UMKM-2", Status = PickStatus.Rejected, Note = "hubungi 085711112222" },
            ],
        };

        var erased = PersonalDataRules.EraseFromRound(round, "UMKM-1", ["Sari Wulandari", "081234567890"]).Next!;

        Assert.Equal("pemilik ([erased]) belum siap", erased.Picks[0].Note);
        Assert.Equal("hubungi 085711112222", erased.Picks[1].Note);
        Assert.Null(PersonalDataRules.EraseFromRound(erased, "UMKM-1", ["081234567890"]).Next);
    }
}
