using System.Net;
using System.Text.Json;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Api;

/// <summary>What the pages read besides summaries: the caller, the worklist, the breakdown, the overdue CSV, and the pages themselves.</summary>
[Collection(ApiCollection.Name)]
public sealed class PagesApiTests(ApiFixture api)
{
    private readonly HttpClient staff = api.Client(Tokens.For("staff", "budi"));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Me_SaysWhoTheTokenIs_AndWhichAreaItCovers()
    {
        var budi = await JsonAsync(await staff.GetAsync("/api/me"));
        Assert.Equal(("budi", "staff", "31.73", true), (budi.GetProperty("name").GetString(), budi.GetProperty("role").GetString(), budi.GetProperty("areaCode").GetString(), budi.GetProperty("mayAct").GetBoolean()));

        var camat = await JsonAsync(await api.Client(Tokens.For("district-head", "camat-tambora", wilayah: "31.73.04")).GetAsync("/api/me"));
        Assert.Equal(("district-head", "31.73.04", "Tambora", "kecamatan", false),
            (camat.GetProperty("role").GetString(), camat.GetProperty("areaCode").GetString(), camat.GetProperty("areaName").GetString(), camat.GetProperty("areaLevel").GetString(), camat.GetProperty("mayAct").GetBoolean()));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client().GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Worklist_ListsEachTracksNextStep_DueSoonThenOverdue_WithWhatCanBeDone()
    {
        const string kelurahan = "31.73.07.1003";
        var driver = new ProgrammeDriver(api.Grains);
        var (umkm, _) = await driver.MentoringAsync(Samples.Registration(kelurahan, nib: null), "qris", "nib");
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).StartStepAsync("nib", "data-prep", Samples.Staff));

        async Task<List<JsonElement>> ItemsAsync(int dueWithin) =>
            [.. (await JsonAsync(await staff.GetAsync($"/api/areas/{kelurahan}/worklist?dueWithin={dueWithin}"))).GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("umkmId").GetString() == umkm)];

        // nib/data-prep is due in 1 working day, qris/provider-registration in 2: one is within a day, both within five.
        Assert.Equal(["nib/data-prep"], (await ItemsAsync(1)).Select(Key));
        var soon = await ItemsAsync(5);
        Assert.Equal(["nib/data-prep", "qris/provider-registration"], soon.Select(Key));
        var dataPrep = soon[0];
        Assert.Equal(("InProgress", false, 1), (dataPrep.GetProperty("status").GetString(), dataPrep.GetProperty("overdue").GetBoolean(), dataPrep.GetProperty("workingDays").GetInt32()));
        Assert.Contains("is due on", dataPrep.GetProperty("reason").GetString());

        api.Time.Advance(TimeSpan.FromDays(7));
        var late = await ItemsAsync(0);
        Assert.Equal(["nib/data-prep", "qris/provider-registration"], late.Select(Key));
        Assert.All(late, i => Assert.True(i.GetProperty("overdue").GetBoolean()));
        Assert.Contains("working day(s) late", late[0].GetProperty("reason").GetString());

        // Once the earlier NIB steps are done, the track's item is the step that grants the NIB: the page asks for its value.
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).CompleteStepAsync("nib", "data-prep", null, Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).StartStepAsync("nib", "oss-application", Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).CompleteStepAsync("nib", "oss-application", null, Samples.Staff));
        var next = (await ItemsAsync(60)).Single(i => i.GetProperty("track").GetString() == "nib");
        Assert.Equal(("nib-issued", "Pending", "Nib"), (next.GetProperty("step").GetString(), next.GetProperty("status").GetString(), next.GetProperty("grants").GetString()));
    }

    [Fact]
    public async Task Worklist_WithAnOutOfRangeHorizon_Is400()
    {
        var response = await staff.GetAsync("/api/areas/31.73/worklist?dueWithin=61");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dueWithin", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Breakdown_IsTheAreaAndEachAreaDirectlyInside()
    {
        var rows = (await JsonAsync(await staff.GetAsync("/api/areas/31.73/breakdown"))).EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Equal(["31.73", .. Samples.Data.Wilayah.Kecamatan.Select(k => k.Code)], rows);
        var tambora = (await JsonAsync(await staff.GetAsync("/api/areas/31.73.04/breakdown"))).EnumerateArray().ToList();
        Assert.Equal(1 + Samples.Data.Wilayah.Kelurahan.Count(k => k.ParentCode == "31.73.04"), tambora.Count);
    }

    [Fact]
    public async Task OverdueCsv_HasOneRowPerOverdueStep_WithItsReason()
    {
        var overdue = await JsonAsync(await staff.GetAsync("/api/areas/31.73/overdue?pageSize=200"));
        var response = await staff.GetAsync("/api/areas/31.73/overdue.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("UmkmId,BusinessName,KelurahanCode,Kelurahan,MentorId,Track,Step,StepName,Status,DueOn,WorkingDaysOverdue,Reason", lines[0]);
        Assert.True(lines.Length - 1 >= overdue.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/district.html", "text/html")]
    [InlineData("/worklist.html", "text/html")]
    [InlineData("/js/district.js", "text/javascript")]
    [InlineData("/lib/chart.js/chart.umd.min.js", "text/javascript")]
    public async Task Pages_AreServedWithoutAToken_UnderAPolicyThatAllowsOnlyThisServer(string path, string type)
    {
        var response = await api.Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        // Without a provider configured the pages may submit forms to this server only.
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(KakakAsuh.ClientApi.Pages.PagesSetup.ContentSecurityPolicy(null), policy);
        Assert.StartsWith("default-src 'self'", policy);
        Assert.Contains("form-action 'self';", policy);
    }

    private static string Key(JsonElement item) => $"{item.GetProperty("track").GetString()}/{item.GetProperty("step").GetString()}";
}
