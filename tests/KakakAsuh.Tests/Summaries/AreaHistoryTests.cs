using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Summaries;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Summaries;

[Collection(ClusterCollection.Name)]
public sealed class AreaHistoryTests(ClusterFixture fixture)
{
    private const string Kelurahan = "31.73.03.1005";

    private async Task<long> RecordedUmkmAsync(DateOnly day) =>
        (await fixture.Grains.GetGrain<IAreaHistoryGrain>(Kelurahan).AsOfAsync(day))?.Counts.GetValueOrDefault(CountKeys.Umkm) ?? -1;

    [Fact]
    public async Task DailySnapshots_AnswerAsOfAPastDate()
    {
        var driver = new ProgrammeDriver(fixture.Grains);
        await driver.RegisteredAsync(Samples.Registration(kelurahan: Kelurahan));
        var firstDay = WorkingCalendar.Today(fixture.Time);
        var live = (await fixture.Grains.GetGrain<IAreaSummaryGrain>(Kelurahan).GetAsync())[CountKeys.Umkm];
        Assert.Equal(live, await Eventually.MatchesAsync(() => RecordedUmkmAsync(firstDay), n => n == live));

        fixture.Time.Advance(TimeSpan.FromDays(2));
        await driver.RegisteredAsync(Samples.Registration(kelurahan: Kelurahan));
        var thirdDay = firstDay.AddDays(2);

        Assert.Equal(live + 1, await Eventually.MatchesAsync(() => RecordedUmkmAsync(thirdDay), n => n == live + 1));
        Assert.Equal(live, await RecordedUmkmAsync(firstDay));
        Assert.Equal(live, await RecordedUmkmAsync(firstDay.AddDays(1)));
        Assert.Equal(-1, await RecordedUmkmAsync(new DateOnly(2000, 1, 1)));
        var range = await fixture.Grains.GetGrain<IAreaHistoryGrain>(Kelurahan).RangeAsync(firstDay, thirdDay);
        Assert.Equal([firstDay, thirdDay], range.Select(d => d.Day).Where(d => d == firstDay || d == thirdDay));
    }
}
