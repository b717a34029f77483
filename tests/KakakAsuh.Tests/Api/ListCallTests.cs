using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Umkm;
using KakakAsuh.Tests.Infrastructure;
using KakakAsuh.Umkm;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KakakAsuh.Tests.Api;

/// <summary>
/// A list request does work bounded by what it returns, not by the programme's size: the overdue list, its CSV and the
/// worklist read the rows UMKM grains keep instead of activating every UMKM in mentoring, and still say exactly what the
/// overdue rule says of each grain; lists cannot be paged without end.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ListCallTests(ApiFixture api) : IAsyncLifetime
{
    private static readonly string[] Lists = ["/api/areas/31.73/overdue", "/api/areas/31.73/overdue.csv", "/api/areas/31.73/worklist?dueWithin=60"];

    private readonly RecordedApi recorded = new(api);

    private GrainCallRecorder calls => recorded.Calls;

    private HttpClient staff => recorded.Staff;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await recorded.DisposeAsync();

    [Fact]
    public async Task OverdueListsAndWorklist_CallNoUmkmGrain_AndAsManyGrainsWhateverTheProgrammeSize()
    {
        var before = await CallsAsync();
        var driver = new ProgrammeDriver(api.Grains);
        for (var i = 0; i < 3; i++)
        {
            await driver.MentoringAsync("qris");
        }
        var after = await CallsAsync();

        foreach (var list in Lists)
        {
            Assert.DoesNotContain(before[list], c => c.StartsWith("IUmkmGrain.", StringComparison.Ordinal));
            Assert.Equal(before[list].Length, after[list].Length);
            // One read per kecamatan of the city, however many UMKM are in mentoring there.
            Assert.True(after[list].Length <= Samples.Data.Wilayah.Kecamatan.Count, $"{list}: {string.Join(", ", after[list])}");
        }
    }

    [Fact]
    public async Task OverdueListAndWorklist_AreWhatTheRulesSayOfEveryGrainInMentoring()
    {
        var driver = new ProgrammeDriver(api.Grains);
        var (late, _) = await driver.MentoringAsync(Samples.Registration("31.73.02.1002", nib: null), "qris", "nib");
        ProgrammeDriver.Accepted(await driver.Umkm(late).StartStepAsync("nib", "data-prep", Samples.Staff));
        await driver.MentoringAsync("halal");
        api.Time.Advance(TimeSpan.FromDays(12));
        var today = WorkingCalendar.Today(api.Time);
        var horizon = Samples.Data.Calendar.AddWorkingDays(today, 60);

        var states = new List<UmkmState>();
        foreach (var id in await MentoringIdsAsync())
        {
            states.Add((await api.Grains.GetGrain<IUmkmGrain>(id).GetAsync())!);
        }
        var overdue = states.SelectMany(s => OverdueStep.Of(s, today, Samples.Data)).Select(o => $"{o.UmkmId}|{o.Track}|{o.Step}|{o.WorkingDaysOverdue}|{o.Reason}").Order().ToList();
        var worklist = states.SelectMany(s => WorkItem.Of(s, today, horizon, Samples.Data)).Select(w => $"{w.UmkmId}|{w.Track}|{w.Step}|{w.Overdue}|{w.WorkingDays}|{w.Reason}").Order().ToList();

        Assert.Contains(overdue, o => o.StartsWith(late + "|", StringComparison.Ordinal));
        Assert.Equal(overdue, (await ItemsAsync("/api/areas/31.73/overdue")).Select(o =>
            $"{o.GetProperty("umkmId").GetString()}|{o.GetProperty("track").GetString()}|{o.GetProperty("step").GetString()}|{o.GetProperty("workingDaysOverdue").GetInt32()}|{o.GetProperty("reason").GetString()}").Order().ToList());
        Assert.Equal(worklist, (await ItemsAsync("/api/areas/31.73/worklist?dueWithin=60")).Select(w =>
            $"{w.GetProperty("umkmId").GetString()}|{w.GetProperty("track").GetString()}|{w.GetProperty("step").GetString()}|{w.GetProperty("overdue").GetBoolean()}|{w.GetProperty("workingDays").GetInt32()}|{w.GetProperty("reason").GetString()}").Order().ToList());
    }

    [Theory]
    [InlineData("/api/mentors?pageSize=3", "IMentorGrain.GetAsync")]
    [InlineData("/api/rounds?pageSize=3", "ICurationRoundGrain.GetAsync")]
    public async Task MentorsAndRounds_LoadOnlyTheirPagesGrains(string path, string load)
    {
        var driver = new ProgrammeDriver(api.Grains);
        var mentors = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            mentors.Add(await driver.SelectedMentorAsync());
        }
        await driver.OpenRoundAsync(mentors, []);
        await driver.OpenRoundAsync(mentors, []);
        await driver.OpenRoundAsync(mentors, []);
        await driver.OpenRoundAsync(mentors, []);

        calls.Drain();
        var page = JsonDocument.Parse(await staff.GetStringAsync(path)).RootElement;
        var made = calls.Drain();
        Assert.Equal(3, made.Count(c => c == load));
        Assert.Equal(3, page.GetArrayLength());
        var second = JsonDocument.Parse(await staff.GetStringAsync(path + "&page=2")).RootElement;
        Assert.Empty(page.EnumerateArray().Select(i => i.GetProperty("id").GetString())
            .Intersect(second.EnumerateArray().Select(i => i.GetProperty("id").GetString())));
    }

    [Theory]
    [InlineData("/api/nudges?page=10000", "page")]
    [InlineData("/api/mentors?pageSize=201", "pageSize")]
    [InlineData("/api/rounds?page=0", "page")]
    [InlineData("/api/areas/31.73/overdue?page=51&pageSize=200", "page")]
    [InlineData("/api/umkm?page=2147483647&pageSize=200", "page")]
    [InlineData("/api/nudges?pageSize=201", "pageSize")]
    public async Task APageBeyondTheBounds_Is400_NamingTheField(string path, string field)
    {
        var response = await staff.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private async Task<Dictionary<string, string[]>> CallsAsync()
    {
        var made = new Dictionary<string, string[]>();
        foreach (var list in Lists)
        {
            calls.Drain();
            var response = await staff.GetAsync(list);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            made[list] = calls.Drain();
        }
        return made;
    }

    /// <summary>Every item of a list, page by page.</summary>
    private async Task<List<JsonElement>> ItemsAsync(string path)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var answer = JsonDocument.Parse(await staff.GetStringAsync($"{path}{(path.Contains('?') ? '&' : '?')}pageSize=200&page={page}")).RootElement;
            items.AddRange(answer.GetProperty("items").EnumerateArray());
            if (items.Count >= answer.GetProperty("total").GetInt32())
            {
                return items;
            }
        }
    }

    private async Task<List<string>> MentoringIdsAsync() =>
        [.. (await ItemsAsync("/api/umkm?status=mentoring")).Select(u => u.GetProperty("id").GetString()!)];
}
