using KakakAsuh.Summaries;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Summaries;

[Collection(ClusterCollection.Name)]
public sealed class AreaSummaryTests(ClusterFixture fixture)
{
    private readonly ProgrammeDriver driver = new(fixture.Grains);

    [Fact]
    public async Task Report_Duplicated_OrOlder_ChangesNothing()
    {
        var area = fixture.Grains.GetGrain<IAreaSummaryGrain>(Keys.New("test-area"));
        var one = new Dictionary<string, long> { [CountKeys.Umkm] = 1, [CountKeys.WithNib] = 1 };
        var two = new Dictionary<string, long> { [CountKeys.Umkm] = 1 };
        await area.ReportAsync(new SourceReport("umkm-x", 2, two));
        await area.ReportAsync(new SourceReport("umkm-x", 1, one));
        await area.ReportAsync(new SourceReport("umkm-x", 2, two));
        await area.ReportAsync(new SourceReport("umkm-y", 1, one));

        var summary = await area.GetAsync();
        Assert.Equal(2, summary[CountKeys.Umkm]);
        Assert.Equal(1, summary[CountKeys.WithNib]);
    }

    [Fact]
    public async Task Commands_ShowUpInTheKelurahanKecamatanAndCitySummaries()
    {
        var kelurahan = "31.73.08.1003";
        var before = await fixture.Grains.GetGrain<IAreaSummaryGrain>("31.73").GetAsync();
        var (umkm, _) = await driver.MentoringAsync("qris");
        var registration = Samples.Registration(kelurahan: kelurahan, nib: null) with { Holdings = new Holdings { Qris = true } };
        var other = await driver.RegisteredAsync(registration);

        var city = await Eventually.MatchesAsync(
            () => fixture.Grains.GetGrain<IAreaSummaryGrain>("31.73").GetAsync(),
            s => s[CountKeys.Umkm] >= before[CountKeys.Umkm] + 2 && s[CountKeys.MenteesInMentoring] >= before[CountKeys.MenteesInMentoring] + 1);
        Assert.True(city[CountKeys.Umkm] >= before[CountKeys.Umkm] + 2, "the city summary catches up");

        var local = await fixture.Grains.GetGrain<IAreaSummaryGrain>(kelurahan).GetAsync();
        Assert.True(local[CountKeys.WithQris] >= 1);
        var page = await fixture.Grains.GetGrain<IAreaSummaryGrain>(kelurahan).QueryUmkmAsync(new UmkmQuery { Take = 1000 });
        Assert.Contains(page.Items, l => l.Id == other && l.Status == ProgrammeStatus.Registered);
        var tambora = await fixture.Grains.GetGrain<IAreaSummaryGrain>(Samples.Kelurahan).QueryUmkmAsync(new UmkmQuery { Status = ProgrammeStatus.Mentoring, Track = "qris", Take = 1000 });
        Assert.Contains(tambora.Items, l => l.Id == umkm);
    }
}
