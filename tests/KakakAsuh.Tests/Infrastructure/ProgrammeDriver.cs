namespace KakakAsuh.Tests.Infrastructure;

/// <summary>Brings grains into a given workflow state through their public commands, asserting each is accepted.</summary>
public sealed class ProgrammeDriver(IGrainFactory grains)
{
    public IUmkmGrain Umkm(string id) => grains.GetGrain<IUmkmGrain>(id);

    public IMentorGrain Mentor(string id) => grains.GetGrain<IMentorGrain>(id);

    public ICurationRoundGrain Round(string id) => grains.GetGrain<ICurationRoundGrain>(id);

    public static void Accepted(CommandResult result) =>
        Assert.True(result.Accepted, $"refused: {result.Refusal?.Code}: {result.Refusal?.Message}");

    public async Task<string> RegisteredAsync(UmkmRegistration? registration = null)
    {
        var id = Keys.New("umkm");
        Accepted(await Umkm(id).RegisterAsync(registration ?? Samples.Registration(), Samples.Staff));
        return id;
    }

    public Task<string> MappedAsync(params string[] tracks) => MappedAsync(Samples.Registration(), tracks);

    public async Task<string> MappedAsync(UmkmRegistration registration, params string[] tracks)
    {
        var id = await RegisteredAsync(registration);
        Accepted(await Umkm(id).MapNeedsAsync(tracks.Length == 0 ? ["halal", "bazaar"] : tracks, Samples.Staff));
        return id;
    }

    public async Task<string> SelectedMentorAsync(int capacity = 3, string kecamatan = Samples.Kecamatan)
    {
        var id = Keys.New("mentor");
        Accepted(await Mentor(id).RegisterAsync(Samples.Mentor(capacity: capacity, kecamatan: kecamatan), Samples.Staff));
        Accepted(await Mentor(id).SelectAsync(Samples.Because("reviewed by Sudin staff")));
        return id;
    }

    public async Task<string> OpenRoundAsync(IEnumerable<string> mentors, IEnumerable<string> mentees)
    {
        var id = Keys.New("round");
        Accepted(await Round(id).CreateAsync(Samples.Round(), Samples.Staff));
        foreach (var mentor in mentors)
        {
            Accepted(await Round(id).AddMentorCandidateAsync(mentor, Samples.Staff));
        }
        foreach (var mentee in mentees)
        {
            Accepted(await Round(id).AddMenteeCandidateAsync(mentee, Samples.Staff));
        }
        return id;
    }

    /// <summary>Delivers a reminder tick to a UMKM, as the reminder service would.</summary>
    public Task TickAsync(string umkm) =>
        Umkm(umkm).AsReference<IRemindable>().ReceiveReminder(KakakAsuh.Grains.Umkm.UmkmGrain.NudgeReminder, new TickStatus(DateTime.UtcNow, TimeSpan.FromHours(1), DateTime.UtcNow));

    public async Task PickAndApproveAsync(string roundId, string mentorId, string umkmId)
    {
        Accepted(await Round(roundId).PickAsync(mentorId, umkmId, Samples.Staff));
        Accepted(await Round(roundId).DecideAsync(new PanelDecision(umkmId, Samples.Round().Panel[0], Approve: true), Samples.Staff));
    }

    /// <summary>A mapped UMKM matched with a fresh mentor through a closed round; returns (umkm, mentor).</summary>
    public Task<(string Umkm, string Mentor)> MatchedAsync(params string[] tracks) => MatchedAsync(Samples.Registration(), tracks);

    public async Task<(string Umkm, string Mentor)> MatchedAsync(UmkmRegistration registration, params string[] tracks)
    {
        var umkm = await MappedAsync(registration, tracks);
        var mentor = await SelectedMentorAsync();
        var round = await OpenRoundAsync([mentor], [umkm]);
        await PickAndApproveAsync(round, mentor, umkm);
        Accepted(await Round(round).CloseAsync(Samples.Staff));
        return (umkm, mentor);
    }

    public Task<(string Umkm, string Mentor)> MentoringAsync(params string[] tracks) => MentoringAsync(Samples.Registration(), tracks);

    public async Task<(string Umkm, string Mentor)> MentoringAsync(UmkmRegistration registration, params string[] tracks)
    {
        var (umkm, mentor) = await MatchedAsync(registration, tracks);
        Accepted(await Umkm(umkm).BeginMentoringAsync(Samples.Staff));
        return (umkm, mentor);
    }
}
