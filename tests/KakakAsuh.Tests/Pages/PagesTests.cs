using System.Text.Json;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KakakAsuh.Tests.Pages;

/// <summary>
/// The pages in Debian's Chromium, against the API on a real port, signed in with the demo accounts through the
/// identity provider's form. The tests' own API calls use bearer tokens of the same people.
/// </summary>
[Collection(PagesCollection.Name)]
// Headless Chromium against a real Kestrel port: `--filter "Category!=Browser"` leaves these out.
[Trait("Category", "Browser")]
public sealed class PagesTests(PagesFixture fixture, ITestOutputHelper output)
{
    private static readonly string CityHead = Tokens.For("district-head", "walikota", wilayah: "31.73");
    private static readonly string Staff = Tokens.For("staff", "budi");

    private static readonly Account CityHeadAccount = new("walikota", "walikota-asuh");
    private static readonly Account TamboraHeadAccount = new("camat-tambora", "tambora-asuh");
    private static readonly Account StaffAccount = new("budi", "budi-asuh");

    private static readonly string[] Figures = ["umkmTotal", "withNib", "withQris", "withHalal", "withTrademark", "menteesInMentoring", "stepsDone", "stepsOverdue"];

    private async Task<JsonElement> ApiAsync(string token, string path)
    {
        using var client = fixture.Client(token);
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static async Task ExpectFiguresAsync(IPage page, JsonElement summary)
    {
        foreach (var figure in Figures)
        {
            await Expect(page.Locator($"#fig-{figure}")).ToHaveTextAsync(summary.GetProperty(figure).GetInt64().ToString());
        }
    }

    [Fact]
    public async Task SignIn_ShowsTheCallersRoleAndArea_InIndonesianThenEnglish()
    {
        await using var session = await PageSession.OpenAsync(fixture, StaffAccount);
        var page = session.Page;
        await Expect(page.Locator("#caller-role")).ToHaveTextAsync("Staf Sudin PPKUKM");
        await Expect(page.Locator("#caller-name")).ToHaveTextAsync("Budi (Sudin PPKUKM)");
        await Expect(page.Locator("#caller-area")).ToHaveTextAsync("Kota Administrasi Jakarta Barat (31.73)");
        await Expect(page.Locator("#go-worklist")).ToBeVisibleAsync();
        await session.ScreenshotAsync("sign-in", output);

        await page.Locator("#language").ClickAsync();
        await Expect(page.Locator("#caller-role")).ToHaveTextAsync("Sudin PPKUKM staff");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.Locator("#language").ClickAsync();
        session.AssertSelfContained();
    }

    [Fact]
    public async Task CamatTambora_SignsIn_LandsOnTamborasDashboard_AndSignsOut()
    {
        await using var session = await PageSession.OpenAsync(fixture, TamboraHeadAccount);
        var page = session.Page;
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/district\.html$"));
        await Expect(page.Locator("#area-name")).ToHaveTextAsync("Tambora");
        await ExpectFiguresAsync(page, await ApiAsync(CityHead, "/api/districts/31.73.04/summary"));
        Assert.Contains(await page.Context.CookiesAsync(), c => c.Name == "kakakasuh-session" && c.HttpOnly);
        await session.ScreenshotAsync("camat-tambora", output);

        await page.Locator("#sign-out").ClickAsync();
        await Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "kakakasuh-session");
        // Signed out at the provider too: Masuk asks for the password again.
        await page.Locator("#sign-in").ClickAsync();
        await Expect(page.Locator("#password")).ToBeVisibleAsync();
        session.AssertSelfContained();
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_IsRefusedByTheProvider_AndOpensNoSession()
    {
        await using var session = await PageSession.OpenAsync(fixture, account: null);
        var page = session.Page;
        await page.Locator("#sign-in").ClickAsync();
        await page.Locator("#username").FillAsync("budi");
        await page.Locator("#password").FillAsync("not-the-password");
        await page.Locator("#sign-in").ClickAsync();
        await Expect(page.Locator("[role=alert]")).ToHaveTextAsync("Nama pengguna atau kata sandi salah.");
        await page.GotoAsync("/district.html");
        // Without a session a page sends the person to sign in.
        await Expect(page.Locator("#password")).ToBeVisibleAsync();
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "kakakasuh-session");
    }

    [Fact]
    public async Task DistrictView_ShowsTheNumbersTheApiReports_AndDrillsDownToKelurahan()
    {
        await using var session = await PageSession.OpenAsync(fixture, CityHeadAccount);
        var page = session.Page;
        await ExpectFiguresAsync(page, await ApiAsync(CityHead, "/api/city/summary"));
        await Expect(page.Locator("#breakdown tbody tr")).ToHaveCountAsync(8);
        var overdue = await ApiAsync(CityHead, "/api/areas/31.73/overdue?pageSize=200");
        Assert.True(overdue.GetProperty("total").GetInt32() > 0);
        await Expect(page.Locator("#overdue tbody tr")).ToHaveCountAsync(overdue.GetProperty("total").GetInt32());
        await Expect(page.Locator("#overdue tbody tr").First).ToContainTextAsync(overdue.GetProperty("items")[0].GetProperty("reason").GetString()!);
        await session.ScreenshotAsync("district-view", output);

        await page.Locator("#breakdown tbody tr[data-code='31.73.04'] a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"area=31\.73\.04$"));
        await Expect(page.Locator("#area-name")).ToHaveTextAsync("Tambora");
        await ExpectFiguresAsync(page, await ApiAsync(CityHead, "/api/districts/31.73.04/summary"));
        var kelurahan = Samples.Data.Wilayah.Kelurahan.Count(k => k.ParentCode == "31.73.04");
        await Expect(page.Locator("#breakdown tbody tr")).ToHaveCountAsync(kelurahan);
        await session.ScreenshotAsync("district-kecamatan", output);

        await page.Locator("#breakdown tbody tr[data-code='31.73.04.1001'] a").ClickAsync();
        await ExpectFiguresAsync(page, await ApiAsync(CityHead, "/api/kelurahan/31.73.04.1001/summary"));
        await page.Locator("#up").ClickAsync();
        await Expect(page.Locator("#area-name")).ToHaveTextAsync("Tambora");
        session.AssertSelfContained();
    }

    [Fact]
    public async Task DistrictView_DownloadsTheSummaryItShowsAsCsv()
    {
        await using var session = await PageSession.OpenAsync(fixture, CityHeadAccount);
        var page = session.Page;
        await Expect(page.Locator("#breakdown tbody tr")).ToHaveCountAsync(8);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#csv-summary").ClickAsync());
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        Assert.StartsWith("Code,Name,Level,UmkmTotal", csv[0]);
        Assert.Equal(1 + 1 + 8, csv.Length);
        Assert.Contains(csv, line => line.StartsWith("31.73.04,Tambora,kecamatan,", StringComparison.Ordinal));
        session.AssertSelfContained();
    }

    [Fact]
    public async Task DistrictHead_IsRefusedAnotherDistrict()
    {
        await using var session = await PageSession.OpenAsync(fixture, TamboraHeadAccount);
        var page = session.Page;
        await Expect(page.Locator("#area-name")).ToHaveTextAsync("Tambora");
        await Expect(page.Locator("#up")).ToBeHiddenAsync();

        await page.GotoAsync("/district.html?area=31.73.01");
        await Expect(page.Locator("#error")).ToContainTextAsync("403");
        await Expect(page.Locator("#error")).ToContainTextAsync("Your token covers 31.73.04, not Cengkareng (31.73.01).");
        await Expect(page.Locator("#content")).ToBeHiddenAsync();
        await session.ScreenshotAsync("district-refused", output);
        session.AssertSelfContained();
    }

    [Fact]
    public async Task Worklist_CompletingAStep_ChangesTheDistrictViewWithinFiveSeconds()
    {
        await using var district = await PageSession.OpenAsync(fixture, CityHeadAccount);
        var before = await ApiAsync(CityHead, "/api/city/summary");
        await ExpectFiguresAsync(district.Page, before);

        await using var staff = await PageSession.OpenAsync(fixture, StaffAccount);
        var page = staff.Page;
        await page.Locator("#go-worklist").ClickAsync();
        var row = page.Locator($"#worklist tr[data-umkm='{fixture.Data.QrisMentee}'][data-step='qris/provider-registration']");
        await Expect(row).ToContainTextAsync("Sedang berjalan");
        await row.Locator("form[data-action='complete'] button").ClickAsync();
        await Expect(page.Locator("#outcome")).ToContainTextAsync("Diterima");

        // One more step done, and the district view shows it within 5 s of the staff's click, without a reload.
        var done = before.GetProperty("stepsDone").GetInt64() + 1;
        await Expect(district.Page.Locator("#fig-stepsDone")).ToHaveTextAsync(done.ToString(), new() { Timeout = 5000 });
        var after = await ApiAsync(CityHead, "/api/city/summary");
        Assert.True(after.GetProperty("stepsOverdue").GetInt64() < before.GetProperty("stepsOverdue").GetInt64());
        await ExpectFiguresAsync(district.Page, after);
        staff.AssertSelfContained();
        district.AssertSelfContained();
    }

    [Fact]
    public async Task Worklist_ShowsTheApisRefusalAsItIs_AndNothingChanges()
    {
        await using var session = await PageSession.OpenAsync(fixture, StaffAccount);
        var page = session.Page;
        await page.Locator("#go-worklist").ClickAsync();
        var row = page.Locator($"#worklist tr[data-umkm='{fixture.Data.NoNibMentee}'][data-step='halal/sihalal-account']");
        await Expect(row).ToContainTextAsync("Menunggu");
        await row.Locator("form[data-action='start'] button").ClickAsync();

        const string refusal = "409 The workflow refused the command. Step 'sihalal-account' of the halal track needs the UMKM to hold an NIB first.";
        await Expect(page.Locator("#outcome")).ToContainTextAsync(refusal);
        await Expect(row.Locator("[role=alert]")).ToContainTextAsync(refusal);
        var umkm = await ApiAsync(Staff, $"/api/umkm/{fixture.Data.NoNibMentee}");
        var halal = umkm.GetProperty("plan").EnumerateArray().Single(t => t.GetProperty("track").GetString() == "halal");
        Assert.Equal("Pending", halal.GetProperty("steps")[0].GetProperty("status").GetString());
        await session.ScreenshotAsync("worklist", output);
        session.AssertSelfContained();
    }

    [Fact]
    public async Task Worklist_ReassignsAMentee_ThroughTheApi()
    {
        await using var session = await PageSession.OpenAsync(fixture, StaffAccount);
        var page = session.Page;
        await page.Locator("#go-worklist").ClickAsync();
        var row = page.Locator($"#worklist tr[data-umkm='{fixture.Data.NoNibMentee}'][data-step='nib/data-prep']");
        await row.Locator("details:has(form[data-action='reassign']) summary").ClickAsync();
        await row.Locator("form[data-action='reassign'] select").SelectOptionAsync(fixture.Data.OtherTamboraMentor);
        await row.Locator("form[data-action='reassign'] input[name='reason']").FillAsync("Rumah Tama sedang penuh");
        await row.Locator("form[data-action='reassign'] button").ClickAsync();
        await Expect(page.Locator("#outcome")).ToContainTextAsync("Diterima");
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Dapur Bu Endah");
        var umkm = await ApiAsync(Staff, $"/api/umkm/{fixture.Data.NoNibMentee}");
        Assert.Equal(fixture.Data.OtherTamboraMentor, umkm.GetProperty("mentorId").GetString());
        session.AssertSelfContained();
    }

    [Theory]
    [InlineData("walikota", "walikota-asuh", "/district.html", "#breakdown tbody tr")]
    [InlineData("budi", "budi-asuh", "/worklist.html", "#worklist tbody tr")]
    public async Task Pages_FitAPhoneScreen_360PixelsWide(string userName, string password, string path, string rows)
    {
        await using var session = await PageSession.OpenAsync(fixture, new Account(userName, password));
        var page = session.Page;
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync(path);
        await Expect(page.Locator(rows).First).ToBeVisibleAsync();
        // Nothing spills sideways: wide tables scroll inside their own box, charts shrink to the screen.
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360,
            $"{path} is {await page.EvaluateAsync<int>("document.documentElement.scrollWidth")} px wide at 360 px");
        foreach (var chart in await page.Locator("canvas").AllAsync())
        {
            Assert.True((await chart.BoundingBoxAsync())!.Width <= 360);
        }
        await session.ScreenshotAsync("phone" + path.Replace('/', '-').Replace(".html", ""), output);
        session.AssertSelfContained();
    }
}
