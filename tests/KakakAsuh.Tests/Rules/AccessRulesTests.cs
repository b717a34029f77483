using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Rules;

public sealed class AccessRulesTests
{
    private static readonly UmkmState Tambora = new() { Id = "umkm-1", Status = ProgrammeStatus.Mentoring, MentorId = "rumah-tama", Profile = new UmkmProfile { KelurahanCode = Samples.Kelurahan } };

    private static RefusalKind? Kind(UmkmState state, CallerScope? scope, Permitted who) =>
        AccessRules.ForUmkm(state, "umkm-1", scope, who, Samples.Data.Wilayah)?.Kind;

    [Fact]
    public void Staff_MayActInsideTheirArea_OnlyThere()
    {
        Assert.Null(Kind(Tambora, CallerScope.Staff(null), Permitted.Staff));
        Assert.Null(Kind(Tambora, CallerScope.Staff(Samples.Kecamatan), Permitted.Staff));
        Assert.Equal(RefusalKind.Forbidden, Kind(Tambora, CallerScope.Staff("31.73.01"), Permitted.Staff));
    }

    [Fact]
    public void AMentor_MayActOnItsOwnMenteesSteps_NothingElse()
    {
        Assert.Null(Kind(Tambora, CallerScope.Mentor("rumah-tama"), Permitted.StaffOrOwnMentor));
        Assert.Equal(RefusalKind.Forbidden, Kind(Tambora, CallerScope.Mentor("rumah-tama"), Permitted.Staff));
        Assert.Equal(RefusalKind.Forbidden, Kind(Tambora, CallerScope.Mentor("cuma-kulit"), Permitted.StaffOrOwnMentor));
        Assert.Equal(RefusalKind.Forbidden, Kind(Tambora, new CallerScope(IsStaff: false), Permitted.StaffOrOwnMentor));
    }

    [Fact]
    public void ARecordThatDoesNotExist_IsNotFound_BeforeAnyoneMayAct()
    {
        var refusal = AccessRules.ForUmkm(new UmkmState(), "umkm-x", CallerScope.Staff("31.73.01"), Permitted.Staff, Samples.Data.Wilayah);
        Assert.Equal((RefusalKind.NotFound, "No UMKM is registered under 'umkm-x'."), (refusal?.Kind, refusal?.Message));
        Assert.Null(Kind(new UmkmState(), CallerScope.Staff("31.73.01"), Permitted.Creator));
    }

    [Fact]
    public void CommandsBetweenGrains_RefuseACallersScope_AndInternalCallersAreNotChecked()
    {
        Assert.Equal(RefusalKind.Forbidden, Kind(Tambora, CallerScope.Staff(null), Permitted.Grains));
        Assert.Null(Kind(Tambora, null, Permitted.Grains));
        Assert.Null(Kind(new UmkmState(), null, Permitted.Staff));
    }

    [Fact]
    public void MentorsAndRounds_AreCheckedAgainstTheirOwnArea()
    {
        var mentor = new MentorState { Id = "rumah-tama", Status = MentorStatus.Selected, KecamatanCode = Samples.Kecamatan };
        Assert.Null(AccessRules.ForMentor(mentor, "rumah-tama", CallerScope.Mentor("rumah-tama"), Permitted.StaffOrOwnMentor, Samples.Data.Wilayah));
        Assert.NotNull(AccessRules.ForMentor(mentor, "rumah-tama", CallerScope.Staff("31.73.01"), Permitted.Staff, Samples.Data.Wilayah));
        var round = new RoundState { Id = "round-1", Status = RoundStatus.Open, ScopeCode = "31.73" };
        Assert.Null(AccessRules.ForRound(round, "round-1", CallerScope.Staff(null), Permitted.Staff, Samples.Data.Wilayah));
        Assert.Equal("Round round-1 covers 31.73, outside your token's area.",
            AccessRules.ForRound(round, "round-1", CallerScope.Staff(Samples.Kecamatan), Permitted.Staff, Samples.Data.Wilayah)?.Message);
    }
}
