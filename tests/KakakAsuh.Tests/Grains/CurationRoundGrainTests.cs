using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class CurationRoundGrainTests(ClusterFixture fixture)
{
    private readonly ProgrammeDriver driver = new(fixture.Grains);

    private static string PanelMember => Samples.Round().Panel[1];

    [Fact]
    public async Task Close_TurnsEveryApprovedPickIntoAnAssignmentOnBothSides()
    {
        var mentorA = await driver.SelectedMentorAsync(capacity: 2);
        var mentorB = await driver.SelectedMentorAsync(capacity: 1);
        var mentees = new[] { await driver.MappedAsync(), await driver.MappedAsync(), await driver.MappedAsync(), await driver.MappedAsync() };
        var round = await driver.OpenRoundAsync([mentorA, mentorB], mentees);
        await driver.PickAndApproveAsync(round, mentorA, mentees[0]);
        await driver.PickAndApproveAsync(round, mentorA, mentees[1]);
        await driver.PickAndApproveAsync(round, mentorB, mentees[2]);
        Assert.Equal("mentor-over-capacity", (await driver.Round(round).PickAsync(mentorB, mentees[3], Samples.Staff)).Refusal?.Code);

        ProgrammeDriver.Accepted(await driver.Round(round).CloseAsync(Samples.Staff));

        Assert.Equal(RoundStatus.Closed, (await driver.Round(round).GetAsync())!.Status);
        Assert.Equal(mentees[..2], (await driver.Mentor(mentorA).GetAsync())!.Mentees);
        Assert.Equal([mentees[2]], (await driver.Mentor(mentorB).GetAsync())!.Mentees);
        for (var i = 0; i < 3; i++)
        {
            var state = (await driver.Umkm(mentees[i]).GetAsync())!;
            Assert.Equal(ProgrammeStatus.Matched, state.Status);
            Assert.Equal(i < 2 ? mentorA : mentorB, state.MentorId);
        }
        var unpicked = (await driver.Umkm(mentees[3]).GetAsync())!;
        Assert.Equal(ProgrammeStatus.Mapped, unpicked.Status);
        Assert.Null(unpicked.RoundId);
    }

    [Fact]
    public async Task Close_Repeated_AssignsEachMenteeOnce()
    {
        var mentor = await driver.SelectedMentorAsync();
        var umkm = await driver.MappedAsync();
        var round = await driver.OpenRoundAsync([mentor], [umkm]);
        await driver.PickAndApproveAsync(round, mentor, umkm);

        ProgrammeDriver.Accepted(await driver.Round(round).CloseAsync(Samples.Staff));
        var versions = ((await driver.Round(round).GetAsync())!.Version, (await driver.Umkm(umkm).GetAsync())!.Version, (await driver.Mentor(mentor).GetAsync())!.Version);
        ProgrammeDriver.Accepted(await driver.Round(round).CloseAsync(Samples.Staff));

        Assert.Equal(versions, ((await driver.Round(round).GetAsync())!.Version, (await driver.Umkm(umkm).GetAsync())!.Version, (await driver.Mentor(mentor).GetAsync())!.Version));
        Assert.Single((await driver.Mentor(mentor).GetAsync())!.Mentees);
    }

    [Fact]
    public async Task Close_ResumedAfterTheSiloDiedHalfWay_YieldsEachAssignmentExactlyOnce()
    {
        var mentor = await driver.SelectedMentorAsync();
        var first = await driver.MappedAsync();
        var second = await driver.MappedAsync();
        var round = await driver.OpenRoundAsync([mentor], [first, second]);
        await driver.PickAndApproveAsync(round, mentor, first);
        await driver.PickAndApproveAsync(round, mentor, second);
        // What a close that died after its first assignment leaves behind: the mentor and the UMKM already hold
        // the first assignment, the round does not know it yet. All activations are dropped, as in a crash.
        ProgrammeDriver.Accepted(await driver.Mentor(mentor).AcceptMenteeAsync(first, Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Umkm(first).AssignMentorAsync(mentor, round, Samples.Staff));
        foreach (var grain in new IAddressable[] { driver.Round(round), driver.Mentor(mentor), driver.Umkm(first), driver.Umkm(second) })
        {
            await fixture.Cluster.DeactivateAsync(grain);
        }

        ProgrammeDriver.Accepted(await driver.Round(round).CloseAsync(Samples.Staff));

        var mentorState = (await driver.Mentor(mentor).GetAsync())!;
        Assert.Equal([first, second], mentorState.Mentees);
        Assert.Equal(2, mentorState.History.Entries.Count(e => e.Action == "accept-mentee"));
        foreach (var umkm in new[] { first, second })
        {
            var state = (await driver.Umkm(umkm).GetAsync())!;
            Assert.Equal((ProgrammeStatus.Matched, mentor), (state.Status, state.MentorId));
            Assert.Single(state.History.Entries, e => e.Action == "assign-mentor");
        }
        Assert.All((await driver.Round(round).GetAsync())!.Picks, p => Assert.Equal(PickStatus.Assigned, p.Status));
    }

    [Fact]
    public async Task Pick_AMenteeAlreadyPickedByAnotherMentor_IsRefused_AndTheRoundIsUnchanged()
    {
        var mentorA = await driver.SelectedMentorAsync();
        var mentorB = await driver.SelectedMentorAsync();
        var umkm = await driver.MappedAsync();
        var round = await driver.OpenRoundAsync([mentorA, mentorB], [umkm]);
        ProgrammeDriver.Accepted(await driver.Round(round).PickAsync(mentorA, umkm, Samples.Staff));
        var before = Snapshot.Of(await driver.Round(round).GetAsync());

        var result = await driver.Round(round).PickAsync(mentorB, umkm, Samples.Staff);

        Assert.Equal("mentee-already-picked", result.Refusal?.Code);
        await fixture.Cluster.DeactivateAsync(driver.Round(round));
        Assert.Equal(before, Snapshot.Of(await driver.Round(round).GetAsync()));
    }

    [Fact]
    public async Task Pick_OverTheMentorsCapacity_IsRefused_AndTheRoundIsUnchanged()
    {
        var mentor = await driver.SelectedMentorAsync(capacity: 1);
        var mentees = new[] { await driver.MappedAsync(), await driver.MappedAsync() };
        var round = await driver.OpenRoundAsync([mentor], mentees);
        ProgrammeDriver.Accepted(await driver.Round(round).PickAsync(mentor, mentees[0], Samples.Staff));
        var before = Snapshot.Of(await driver.Round(round).GetAsync());

        var result = await driver.Round(round).PickAsync(mentor, mentees[1], Samples.Staff);

        Assert.Equal("mentor-over-capacity", result.Refusal?.Code);
        await fixture.Cluster.DeactivateAsync(driver.Round(round));
        Assert.Equal(before, Snapshot.Of(await driver.Round(round).GetAsync()));
    }

    [Fact]
    public async Task Close_WhenAnApprovedMenteeWithdrew_RecordsWhyAndAssignsTheRest()
    {
        var mentor = await driver.SelectedMentorAsync();
        var stays = await driver.MappedAsync();
        var leaves = await driver.MappedAsync();
        var round = await driver.OpenRoundAsync([mentor], [stays, leaves]);
        await driver.PickAndApproveAsync(round, mentor, stays);
        await driver.PickAndApproveAsync(round, mentor, leaves);
        ProgrammeDriver.Accepted(await driver.Umkm(leaves).WithdrawAsync(Samples.Because("Pemilik pindah ke luar kota")));

        ProgrammeDriver.Accepted(await driver.Round(round).CloseAsync(Samples.Staff));

        var picks = (await driver.Round(round).GetAsync())!.Picks;
        Assert.Equal(PickStatus.Assigned, picks.Single(p => p.UmkmId == stays).Status);
        var refused = picks.Single(p => p.UmkmId == leaves);
        Assert.Equal(PickStatus.NotAssigned, refused.Status);
        Assert.Contains("withdrawn", refused.Note);
        Assert.Equal([stays], (await driver.Mentor(mentor).GetAsync())!.Mentees);
    }

    [Fact]
    public async Task Decide_ByAMemberOffThePanel_IsRefused()
    {
        var mentor = await driver.SelectedMentorAsync();
        var umkm = await driver.MappedAsync();
        var round = await driver.OpenRoundAsync([mentor], [umkm]);
        ProgrammeDriver.Accepted(await driver.Round(round).PickAsync(mentor, umkm, Samples.Staff));
        Assert.Equal("not-on-panel", (await driver.Round(round).DecideAsync(new PanelDecision(umkm, "Someone Else", true), Samples.Staff)).Refusal?.Code);
        ProgrammeDriver.Accepted(await driver.Round(round).DecideAsync(new PanelDecision(umkm, PanelMember, true), Samples.Staff));
    }
}
