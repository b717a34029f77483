using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Rules;

public sealed class UmkmRulesTests
{
    private static readonly UmkmState Unregistered = new();

    private static UmkmState Registered(string? nib = Samples.ValidNib) =>
        UmkmRules.Register(Unregistered, "umkm-1", Samples.Registration(nib: nib), Samples.Data.Wilayah).Next!;

    [Fact]
    public void Register_WithValidProfile_IsAccepted()
    {
        var decision = UmkmRules.Register(Unregistered, "umkm-1", Samples.Registration(), Samples.Data.Wilayah);
        Assert.Equal(ProgrammeStatus.Registered, decision.Next?.Status);
        Assert.Equal(Samples.ValidNib, decision.Next?.Holdings.Nib);
    }

    [Fact]
    public void Register_WithUnknownKelurahan_IsRefusedWithTheFieldAndItsRule_NotTheValue()
    {
        var decision = UmkmRules.Register(Unregistered, "umkm-1", Samples.Registration(kelurahan: "31.74.01.1001"), Samples.Data.Wilayah);
        Assert.Null(decision.Next);
        Assert.Equal(RefusalKind.Invalid, decision.Refusal?.Kind);
        Assert.Contains("kelurahanCode", decision.Refusal!.FieldErrors!.Keys);
        Assert.DoesNotContain("31.74.01.1001", decision.Refusal.Message);
        Assert.Contains("West Jakarta", decision.Refusal.Message);
    }

    [Theory]
    [InlineData("912000123456")]
    [InlineData("91200012345678")]
    [InlineData("91200O1234567")]
    public void Register_WithBadNib_IsRefused(string nib)
    {
        var decision = UmkmRules.Register(Unregistered, "umkm-1", Samples.Registration(nib: nib), Samples.Data.Wilayah);
        Assert.Null(decision.Next);
        Assert.Contains("nib", decision.Refusal!.FieldErrors!.Keys);
    }

    [Fact]
    public void Register_WithSeveralMistakes_ReportsEveryField()
    {
        var bad = Samples.Registration() with
        {
            Profile = Samples.Registration().Profile with { BusinessName = "", Nik = "1234", Phone = "12345", Kbli = "1079" },
        };
        var refusal = UmkmRules.Register(Unregistered, "umkm-1", bad, Samples.Data.Wilayah).Refusal!;
        Assert.Equal(["businessName", "kbli", "nik", "phone"], refusal.FieldErrors!.Keys.Order());
    }

    [Fact]
    public void Register_Twice_IsRefused()
    {
        var decision = UmkmRules.Register(Registered(), "umkm-1", Samples.Registration(), Samples.Data.Wilayah);
        Assert.Equal("already-registered", decision.Refusal?.Code);
    }

    [Fact]
    public void MapNeeds_WithUnknownTrack_IsRefused()
    {
        var decision = UmkmRules.MapNeeds(Registered(), ["halal", "export"], Samples.Data.Tracks);
        Assert.Equal("unknown-track", decision.Refusal?.Code);
        Assert.Contains("export", decision.Refusal!.Message);
    }

    [Fact]
    public void MapNeeds_ForSomethingAlreadyHeld_IsRefused()
    {
        var decision = UmkmRules.MapNeeds(Registered(), ["nib"], Samples.Data.Tracks);
        Assert.Equal("already-held", decision.Refusal?.Code);
    }

    [Fact]
    public void MapNeeds_BuildsThePlanFromTheTemplates()
    {
        var mapped = UmkmRules.MapNeeds(Registered(), ["halal", "packaging"], Samples.Data.Tracks).Next!;
        Assert.Equal(ProgrammeStatus.Mapped, mapped.Status);
        Assert.Equal(["halal", "packaging"], mapped.Plan.Select(t => t.Track));
        Assert.All(mapped.Plan.SelectMany(t => t.Steps), s => Assert.Equal(StepStatus.Pending, s.Status));
    }

    [Fact]
    public void Nominate_WhenAlreadyMatched_IsRefused()
    {
        var matched = Registered() with { Status = ProgrammeStatus.Matched, MentorId = "mentor-1", RoundId = "round-1" };
        var decision = UmkmRules.Nominate(matched, "round-2");
        Assert.Equal("not-nominable", decision.Refusal?.Code);
    }

    [Fact]
    public void Nominate_InAnotherRoundWhileNominated_IsRefused()
    {
        var nominated = Registered() with { Status = ProgrammeStatus.Nominated, RoundId = "round-1" };
        Assert.Equal("already-nominated", UmkmRules.Nominate(nominated, "round-2").Refusal?.Code);
        Assert.Null(UmkmRules.Nominate(nominated, "round-1").Refusal);
        Assert.Null(UmkmRules.Nominate(nominated, "round-1").Next);
    }

    [Fact]
    public void AssignMentor_Repeated_ChangesNothing()
    {
        var matched = Registered() with { Status = ProgrammeStatus.Matched, MentorId = "mentor-1", RoundId = "round-1" };
        var decision = UmkmRules.AssignMentor(matched, "mentor-1", "round-1");
        Assert.False(decision.IsRefused);
        Assert.Null(decision.Next);
    }

    [Fact]
    public void Withdraw_WithoutReason_IsRefused() =>
        Assert.Equal("reason-required", UmkmRules.Withdraw(Registered(), " ").Refusal?.Code);

    [Fact]
    public void Withdraw_WhenGraduated_IsRefused() =>
        Assert.Equal("not-open", UmkmRules.Withdraw(Registered() with { Status = ProgrammeStatus.Graduated }, "moved away").Refusal?.Code);
}
