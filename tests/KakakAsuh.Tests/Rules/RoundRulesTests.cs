using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Rules;

public sealed class RoundRulesTests
{
    private static readonly MentorState MentorA = new() { Id = "mentor-a", Name = "Rumah Tama", Status = MentorStatus.Selected, KecamatanCode = "31.73.04", Capacity = 1 };
    private static readonly MentorState MentorB = MentorA with { Id = "mentor-b", Name = "Cuma Kulit", KecamatanCode = "31.73.01", Capacity = 2 };

    private static RoundState Open() => new RoundState
    {
        Id = "round-1",
        Status = RoundStatus.Open,
        ScopeCode = "31.73",
        Panel = ["Dr. Ratna"],
        MentorCandidates = ["mentor-a", "mentor-b"],
        MenteeCandidates = ["umkm-1", "umkm-2"],
    };

    [Fact]
    public void Create_WithUnknownScope_IsRefused()
    {
        var decision = RoundRules.Create(new RoundState(), "r", Samples.Round(scope: "31.74"), Samples.Data.Wilayah);
        Assert.Contains("scopeCode", decision.Refusal!.FieldErrors!.Keys);
    }

    [Fact]
    public void Pick_AMenteeAnotherMentorPicked_IsRefused()
    {
        var picked = RoundRules.Pick(Open(), "mentor-a", "umkm-1", MentorA).Next!;
        var decision = RoundRules.Pick(picked, "mentor-b", "umkm-1", MentorB);
        Assert.Equal("mentee-already-picked", decision.Refusal?.Code);
        Assert.Contains("mentor-a", decision.Refusal!.Message);
    }

    [Fact]
    public void Pick_BeyondTheMentorsCapacity_IsRefused()
    {
        var picked = RoundRules.Pick(Open(), "mentor-a", "umkm-1", MentorA).Next!;
        Assert.Equal("mentor-over-capacity", RoundRules.Pick(picked, "mentor-a", "umkm-2", MentorA).Refusal?.Code);
    }

    [Fact]
    public void Pick_CountsTheMentorsCurrentMentees()
    {
        var busy = MentorB with { Mentees = ["umkm-9", "umkm-8"] };
        Assert.Equal("mentor-over-capacity", RoundRules.Pick(Open(), "mentor-b", "umkm-1", busy).Refusal?.Code);
    }

    [Fact]
    public void Pick_ByANonCandidateMentor_IsRefused() =>
        Assert.Equal("not-a-candidate-mentor", RoundRules.Pick(Open(), "mentor-x", "umkm-1", MentorA with { Id = "mentor-x" }).Refusal?.Code);

    [Fact]
    public void Decide_ByAnyoneOffThePanel_IsRefused()
    {
        var picked = RoundRules.Pick(Open(), "mentor-a", "umkm-1", MentorA).Next!;
        Assert.Equal("not-on-panel", RoundRules.Decide(picked, new PanelDecision("umkm-1", "Pak Budi", true), null).Refusal?.Code);
    }

    [Fact]
    public void Rejection_FreesTheMenteeForAnotherMentor()
    {
        var picked = RoundRules.Pick(Open(), "mentor-a", "umkm-1", MentorA).Next!;
        var rejected = RoundRules.Decide(picked, new PanelDecision("umkm-1", "Dr. Ratna", false), "Produk belum siap").Next!;
        Assert.Null(RoundRules.Pick(rejected, "mentor-b", "umkm-1", MentorB).Refusal);
    }

    [Fact]
    public void BeginClose_WithUndecidedPicks_IsRefused()
    {
        var picked = RoundRules.Pick(Open(), "mentor-a", "umkm-1", MentorA).Next!;
        Assert.Equal("picks-undecided", RoundRules.BeginClose(picked).Refusal?.Code);
    }

    [Fact]
    public void AddMentorCandidate_OutsideTheRoundsKecamatan_IsRefused()
    {
        var tambora = Open() with { ScopeCode = "31.73.04", MentorCandidates = [] };
        Assert.Equal("out-of-scope", RoundRules.AddMentorCandidate(tambora, "mentor-b", MentorB, Samples.Data.Wilayah).Refusal?.Code);
    }
}
