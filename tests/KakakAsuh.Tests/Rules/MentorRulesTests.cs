using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Rules;

public sealed class MentorRulesTests
{
    private static MentorState Selected(int capacity = 2)
    {
        var registered = MentorRules.Register(new MentorState(), "mentor-1", Samples.Mentor(capacity: capacity), Samples.Data.Wilayah).Next!;
        return MentorRules.Select(registered).Next!;
    }

    [Fact]
    public void Register_WithUnknownKecamatan_IsRefused()
    {
        var decision = MentorRules.Register(new MentorState(), "mentor-1", Samples.Mentor(kecamatan: "31.73.09"), Samples.Data.Wilayah);
        Assert.Contains("kecamatanCode", decision.Refusal!.FieldErrors!.Keys);
    }

    [Fact]
    public void AcceptMentee_OverCapacity_IsRefused()
    {
        var full = Selected(capacity: 1) with { Mentees = ["umkm-a"] };
        var decision = MentorRules.AcceptMentee(full, "umkm-b");
        Assert.Equal("mentor-over-capacity", decision.Refusal?.Code);
        Assert.Null(decision.Next);
    }

    [Fact]
    public void AcceptMentee_BeforeSelection_IsRefused()
    {
        var registered = MentorRules.Register(new MentorState(), "mentor-1", Samples.Mentor(), Samples.Data.Wilayah).Next!;
        Assert.Equal("mentor-not-selected", MentorRules.AcceptMentee(registered, "umkm-a").Refusal?.Code);
    }

    [Fact]
    public void AcceptMentee_Repeated_ChangesNothing()
    {
        var decision = MentorRules.AcceptMentee(Selected() with { Mentees = ["umkm-a"] }, "umkm-a");
        Assert.False(decision.IsRefused);
        Assert.Null(decision.Next);
    }

    [Fact]
    public void SetCapacity_BelowCurrentMentees_IsRefused() =>
        Assert.Equal("capacity-below-mentees", MentorRules.SetCapacity(Selected() with { Mentees = ["a", "b"] }, 1).Refusal?.Code);

    [Fact]
    public void Deactivate_WithMentees_IsRefused() =>
        Assert.Equal("mentor-has-mentees", MentorRules.Deactivate(Selected() with { Mentees = ["a"] }, "cuti").Refusal?.Code);

    [Fact]
    public void ReleaseMentee_Graduated_CountsTheGraduation()
    {
        var next = MentorRules.ReleaseMentee(Selected() with { Mentees = ["a", "b"] }, "a", MenteeOutcome.Graduated).Next!;
        Assert.Equal(["b"], next.Mentees);
        Assert.Equal(1, next.Graduated);
    }
}
