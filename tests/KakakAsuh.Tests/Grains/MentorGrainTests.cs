using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class MentorGrainTests(ClusterFixture fixture)
{
    private readonly ProgrammeDriver driver = new(fixture.Grains);

    [Fact]
    public async Task Reassign_ToAnotherMentor_KeepsTheMenteesProgress()
    {
        var (umkm, onLeave) = await driver.MentoringAsync("qris", "bazaar");
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).StartStepAsync("qris", "provider-registration", Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).CompleteStepAsync("qris", "provider-registration", null, Samples.Staff));
        var planBefore = Snapshot.Of((await driver.Umkm(umkm).GetAsync())!.Plan);
        var standIn = await driver.SelectedMentorAsync();

        ProgrammeDriver.Accepted(await driver.Umkm(umkm).ReassignMentorAsync(standIn, Samples.Because("Kakak Asuh sedang cuti")));

        var after = (await driver.Umkm(umkm).GetAsync())!;
        Assert.Equal(standIn, after.MentorId);
        Assert.Equal(ProgrammeStatus.Mentoring, after.Status);
        Assert.Equal(planBefore, Snapshot.Of(after.Plan));
        Assert.Empty((await driver.Mentor(onLeave).GetAsync())!.Mentees);
        Assert.Equal([umkm], (await driver.Mentor(standIn).GetAsync())!.Mentees);
    }

    [Fact]
    public async Task Reassign_ToAFullMentor_IsRefused_AndNothingChanges()
    {
        var (umkm, mentor) = await driver.MentoringAsync("qris");
        var (_, full) = await driver.MatchedAsync("qris");
        ProgrammeDriver.Accepted(await driver.Mentor(full).SetCapacityAsync(1, Samples.Staff));
        var before = (Snapshot.Of(await driver.Umkm(umkm).GetAsync()), Snapshot.Of(await driver.Mentor(mentor).GetAsync()), Snapshot.Of(await driver.Mentor(full).GetAsync()));

        var result = await driver.Umkm(umkm).ReassignMentorAsync(full, Samples.Staff);

        Assert.Equal("mentor-over-capacity", result.Refusal?.Code);
        Assert.Equal(before, (Snapshot.Of(await driver.Umkm(umkm).GetAsync()), Snapshot.Of(await driver.Mentor(mentor).GetAsync()), Snapshot.Of(await driver.Mentor(full).GetAsync())));
    }

    [Fact]
    public async Task Deactivate_AfterReassigningEveryMentee_IsAccepted()
    {
        var (umkm, mentor) = await driver.MentoringAsync("qris");
        Assert.Equal("mentor-has-mentees", (await driver.Mentor(mentor).DeactivateAsync(Samples.Because("pindah kota"))).Refusal?.Code);
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).ReassignMentorAsync(await driver.SelectedMentorAsync(), Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Mentor(mentor).DeactivateAsync(Samples.Because("pindah kota")));
        Assert.Equal(MentorStatus.Inactive, (await driver.Mentor(mentor).GetAsync())!.Status);
    }

    [Fact]
    public async Task Graduation_FreesThePlaceAndCountsIt()
    {
        var (umkm, mentor) = await driver.MentoringAsync("qris");
        foreach (var step in new[] { "provider-registration", "qris-active" })
        {
            ProgrammeDriver.Accepted(await driver.Umkm(umkm).StartStepAsync("qris", step, Samples.Staff));
            ProgrammeDriver.Accepted(await driver.Umkm(umkm).CompleteStepAsync("qris", step, null, Samples.Staff));
        }
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).GraduateAsync(Samples.Staff));

        var state = (await driver.Mentor(mentor).GetAsync())!;
        Assert.Empty(state.Mentees);
        Assert.Equal(1, state.Graduated);
        Assert.True((await driver.Umkm(umkm).GetAsync())!.Holdings.Qris);
    }
}
