using KakakAsuh.ClientApi.Privacy;
using KakakAsuh.Domain.Privacy;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Rules;

/// <summary>The checks on owner data, the masks, and erasure as a pure rule.</summary>
public sealed class PersonalDataValidationTests
{
    [Theory]
    [InlineData("3173044501850001", true)]   // Jakarta Barat, Tambora; a woman born 5 January 1985
    [InlineData("3173040512990123", true)]   // a man born 5 December 1999
    [InlineData("3173046902000001", true)]   // 29 February: the two-digit year may be a leap year
    [InlineData("3173043102850001", false)]  // 31 February
    [InlineData("3173047201850001", false)]  // day 32 for a woman
    [InlineData("3173040013850001", false)]  // month 13 (and day 00)
    [InlineData("2073044501850001", false)]  // no province 20
    [InlineData("3100044501850001", false)]  // regency 00
    [InlineData("3173044501850000", false)]  // serial 0000
    [InlineData("317304450185000", false)]   // 15 digits
    [InlineData("31730445018500O1", false)]  // a letter O
    public void Nik_IsPlausibleOnlyWithARealRegionAndBirthDate(string nik, bool plausible) =>
        Assert.Equal(plausible, Validation.IsPlausibleNik(nik));

    [Theory]
    [InlineData("081234567890", true)]
    [InlineData("+62 812-3456-7890", true)]
    [InlineData("6281234567890", true)]
    [InlineData("0212345678", false)]       // a landline
    [InlineData("08123", false)]
    [InlineData("0812345678901234567890", false)]
    public void Phone_IsAnIndonesianMobileNumber(string phone, bool valid) =>
        Assert.Equal(valid, Validation.IsIndonesianPhone(phone));

    [Fact]
    public void Phone_PaddedWithSpacesBeyondItsLength_IsRefused() =>
        Assert.False(Validation.IsIndonesianPhone("081234567890" + new string(' ', 10_000)));

    [Fact]
    public void Masks_KeepOnlyTheLastFourDigitsOfTheNik()
    {
        Assert.Equal("************0001", Masking.Nik("3173044501850001"));
        Assert.Equal("0812*****890", Masking.Phone("081234567890"));
        Assert.Equal("S*** W********", Masking.Name("Sari Wulandari"));
    }

    [Fact]
    public void Erase_AnonymisesProfileAndFreeTexts_AndKeepsTheBusiness()
    {
        var profile = Samples.Registration().Profile;
        var state = new UmkmState
        {
            Id = "UMKM-1",
            Status = ProgrammeStatus.Withdrawn,
            Profile = profile,
            Holdings = new Holdings { Nib = Samples.ValidNib },
            WithdrawalReason = $"{profile.OwnerName} moved away",
        }.Recorded(new HistoryEntry(TestClusters.ProgrammeStart, "staff:test", "withdraw", "withdrawn", $"call {profile.Phone}"));

        var erased = PersonalDataRules.Erase(state, TestClusters.ProgrammeStart).Next!;

        Assert.Equal(("[erased]", null, null), (erased.Profile.OwnerName, erased.Profile.Nik, erased.Profile.Phone));
        Assert.Equal((profile.BusinessName, profile.Kbli, Samples.ValidNib), (erased.Profile.BusinessName, erased.Profile.Kbli, erased.Holdings.Nib));
        Assert.Equal("[erased] moved away", erased.WithdrawalReason);
        Assert.Equal("call [erased]", erased.History.Entries[0].Reason);
        Assert.True(PersonalDataRules.Erase(erased, TestClusters.ProgrammeStart) is { Next: null, Refusal: null });
        Assert.Equal("personal-data-erased", PersonalDataRules.Correct(erased, new PersonalDataCorrection { OwnerName = "X" }).Refusal?.Code);
    }
}
