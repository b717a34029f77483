using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Rules;

public sealed class PlanRulesTests
{
    private static readonly DateOnly Monday = new(2024, 11, 4);

    private static UmkmState Mentoring(string? nib, params string[] tracks)
    {
        var data = Samples.Data;
        var state = UmkmRules.Register(new UmkmState(), "umkm-1", Samples.Registration(nib: nib), data.Wilayah).Next!;
        state = UmkmRules.MapNeeds(state, tracks, data.Tracks).Next!;
        state = state with { Status = ProgrammeStatus.Matched, MentorId = "mentor-1", RoundId = "round-1" };
        return UmkmRules.BeginMentoring(state, Monday, data).Next!;
    }

    private static UmkmState Apply(Decision<UmkmState> decision)
    {
        Assert.Null(decision.Refusal);
        return decision.Next!;
    }

    private static UmkmState Done(UmkmState state, string track, string step, string? value = null)
    {
        state = Apply(PlanRules.StartStep(state, track, step, Monday, Samples.Data));
        return Apply(PlanRules.CompleteStep(state, track, step, value, Monday, Samples.Data));
    }

    private static StepState Step(UmkmState state, string track, string step) =>
        state.Plan.Single(t => t.Track == track).Steps.Single(s => s.Key == step);

    [Fact]
    public void BeginMentoring_SetsDueDatesInWorkingDays()
    {
        var state = Mentoring(Samples.ValidNib, "halal");
        // 2 working days after Monday 4 Nov 2024, then 10 more.
        Assert.Equal(new DateOnly(2024, 11, 6), Step(state, "halal", "sihalal-account").DueOn);
        Assert.Equal(new DateOnly(2024, 11, 20), Step(state, "halal", "verification-visit").DueOn);
    }

    [Fact]
    public void StartStep_OutOfOrder_IsRefused()
    {
        var state = Mentoring(Samples.ValidNib, "halal");
        var decision = PlanRules.StartStep(state, "halal", "komite-fatwa", Monday, Samples.Data);
        Assert.Equal("step-out-of-order", decision.Refusal?.Code);
        Assert.Contains("sihalal-account", decision.Refusal!.Message);
        Assert.Null(decision.Next);
    }

    [Fact]
    public void StartHalal_WithoutNib_IsRefusedUntilTheNibTrackIsDone()
    {
        var state = Mentoring(nib: null, "nib", "halal");
        Assert.Equal("prerequisite-missing", PlanRules.StartStep(state, "halal", "sihalal-account", Monday, Samples.Data).Refusal?.Code);

        state = Done(state, "nib", "data-prep");
        state = Done(state, "nib", "oss-application");
        state = Done(state, "nib", "nib-issued", "9120009876543");

        Assert.Equal("9120009876543", state.Holdings.Nib);
        Assert.Null(PlanRules.StartStep(state, "halal", "sihalal-account", Monday, Samples.Data).Refusal);
    }

    [Fact]
    public void FinalLabel_NeedsHalalCertificateAndTrademarkFiling()
    {
        var state = Mentoring(Samples.ValidNib, "packaging");
        state = Done(state, "packaging", "design-brief");
        state = Done(state, "packaging", "design-drafts");
        var decision = PlanRules.StartStep(state, "packaging", "final-label", Monday, Samples.Data);
        Assert.Equal("prerequisite-missing", decision.Refusal?.Code);
        Assert.Contains("halal certificate", decision.Refusal!.Message);
        Assert.Contains("trademark", decision.Refusal.Message);

        var holding = state with { Holdings = state.Holdings with { HalalCertificateNumber = "ID31110000123450924", TrademarkApplication = "DID2024123456" } };
        Assert.Null(PlanRules.StartStep(holding, "packaging", "final-label", Monday, Samples.Data).Refusal);
    }

    [Fact]
    public void Lp3hCheck_CanReturnTheFile_AndTheStepIsResubmitted()
    {
        var state = Mentoring(Samples.ValidNib, "halal");
        state = Done(state, "halal", "sihalal-account");
        state = Done(state, "halal", "verification-visit");
        state = Apply(PlanRules.StartStep(state, "halal", "lp3h-check", Monday, Samples.Data));
        state = Apply(PlanRules.ReturnStep(state, "halal", "lp3h-check", "Foto proses produksi kurang jelas", Monday, Samples.Data));

        var returned = Step(state, "halal", "lp3h-check");
        Assert.Equal(StepStatus.Returned, returned.Status);
        Assert.Equal(1, returned.Returns);
        Assert.Equal(Samples.Data.Calendar.AddWorkingDays(Monday, 5), returned.DueOn);
        Assert.Equal("step-not-in-progress", PlanRules.CompleteStep(state, "halal", "lp3h-check", null, Monday, Samples.Data).Refusal?.Code);

        state = Apply(PlanRules.StartStep(state, "halal", "lp3h-check", Monday, Samples.Data));
        state = Apply(PlanRules.CompleteStep(state, "halal", "lp3h-check", null, Monday, Samples.Data));
        Assert.Equal(StepStatus.Done, Step(state, "halal", "lp3h-check").Status);
    }

    [Fact]
    public void ReturnStep_ThatIsNotACheck_IsRefused()
    {
        var state = Apply(PlanRules.StartStep(Mentoring(Samples.ValidNib, "halal"), "halal", "sihalal-account", Monday, Samples.Data));
        Assert.Equal("step-not-returnable", PlanRules.ReturnStep(state, "halal", "sihalal-account", "why", Monday, Samples.Data).Refusal?.Code);
    }

    [Fact]
    public void CompleteHalalCertificate_WithInterimKhNumber_IsRefused_AndWithShNumberIsHeld()
    {
        var state = Mentoring(Samples.ValidNib, "halal");
        foreach (var step in new[] { "sihalal-account", "verification-visit", "lp3h-check", "komite-fatwa" })
        {
            state = Done(state, "halal", step);
        }
        state = Apply(PlanRules.StartStep(state, "halal", "certificate-issued", Monday, Samples.Data));
        Assert.Equal("invalid-step-value", PlanRules.CompleteStep(state, "halal", "certificate-issued", "KH-2024-001", Monday, Samples.Data).Refusal?.Code);

        state = Apply(PlanRules.CompleteStep(state, "halal", "certificate-issued", "ID31110000123450924", Monday, Samples.Data));
        Assert.Equal("ID31110000123450924", state.Holdings.HalalCertificateNumber);
        Assert.True(state.Plan.Single().IsClosed);
    }

    [Fact]
    public void CompleteStep_ReschedulesTheRestOfTheTrackFromTheCompletionDate()
    {
        var state = Mentoring(Samples.ValidNib, "bazaar");
        var late = new DateOnly(2024, 12, 2);
        state = Apply(PlanRules.StartStep(state, "bazaar", "product-curation", late, Samples.Data));
        state = Apply(PlanRules.CompleteStep(state, "bazaar", "product-curation", null, late, Samples.Data));
        Assert.Equal(Samples.Data.Calendar.AddWorkingDays(late, 10), Step(state, "bazaar", "participation").DueOn);
    }

    [Fact]
    public void SkipStep_WithoutReason_IsRefused_AndWithReasonUnblocksTheNext()
    {
        var state = Mentoring(Samples.ValidNib, "bazaar");
        Assert.Equal("reason-required", PlanRules.SkipStep(state, "bazaar", "product-curation", null, Monday, Samples.Data).Refusal?.Code);
        state = Apply(PlanRules.SkipStep(state, "bazaar", "product-curation", "Sudah lolos kurasi bazar 2024", Monday, Samples.Data));
        Assert.Null(PlanRules.StartStep(state, "bazaar", "participation", Monday, Samples.Data).Refusal);
    }

    [Fact]
    public void Graduate_WithOpenSteps_IsRefused()
    {
        var decision = UmkmRules.Graduate(Mentoring(Samples.ValidNib, "qris"));
        Assert.Equal("steps-open", decision.Refusal?.Code);
        Assert.Contains("qris/provider-registration", decision.Refusal!.Message);
    }

    [Fact]
    public void StepCommands_BeforeMentoringBegins_AreRefused()
    {
        var data = Samples.Data;
        var mapped = UmkmRules.MapNeeds(UmkmRules.Register(new UmkmState(), "umkm-1", Samples.Registration(), data.Wilayah).Next!, ["qris"], data.Tracks).Next!;
        Assert.Equal("not-mentoring", PlanRules.StartStep(mapped, "qris", "provider-registration", Monday, data).Refusal?.Code);
    }
}
