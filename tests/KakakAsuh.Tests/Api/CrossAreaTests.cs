using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Api;

/// <summary>
/// A caller scoped to one area reaches nothing of another, neither through the record a request's path names nor
/// through a record its body names; and a claim counts only with the role it belongs to. On a cluster of their own:
/// the records they add in other kecamatan would wake summary grains whose timers every test that advances the
/// shared fixture's fake clock by weeks must then run through.
/// </summary>
[Collection(CrossAreaCollection.Name)]
public sealed class CrossAreaTests(ApiFixture api)
{
    private const string Cengkareng = "31.73.01";
    private const string Tambora = "31.73.04";

    [Fact]
    public async Task KecamatanStaff_ReassigningToAnotherKecamatansMentor_IsRefused403_AndNothingChanges()
    {
        var driver = new ProgrammeDriver(api.Grains);
        var (umkm, mentor) = await driver.MentoringAsync("qris");
        var otherMentor = await driver.SelectedMentorAsync(kecamatan: Cengkareng);
        var before = JsonSerializer.Serialize(await driver.Umkm(umkm).GetAsync());
        var otherBefore = JsonSerializer.Serialize(await driver.Mentor(otherMentor).GetAsync());
        var tamboraStaff = api.Client(Tokens.For("staff", "tambora-officer", wilayah: Tambora));

        var response = await tamboraStaff.PostAsJsonAsync($"/api/umkm/{umkm}/reassign", new { mentorId = otherMentor, reason = "penuh" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(otherMentor, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, JsonSerializer.Serialize(await driver.Umkm(umkm).GetAsync()));
        Assert.Equal(otherBefore, JsonSerializer.Serialize(await driver.Mentor(otherMentor).GetAsync()));

        // Within the officer's own kecamatan the same request is accepted, and city staff may reassign across kecamatan.
        var tamboraMentor = await driver.SelectedMentorAsync(kecamatan: Tambora);
        Assert.Equal(HttpStatusCode.OK, (await tamboraStaff.PostAsJsonAsync($"/api/umkm/{umkm}/reassign", new { mentorId = tamboraMentor, reason = "penuh" })).StatusCode);
        var cityStaff = api.Client(Tokens.For("staff", "budi"));
        Assert.Equal(HttpStatusCode.OK, (await cityStaff.PostAsJsonAsync($"/api/umkm/{umkm}/reassign", new { mentorId = otherMentor, reason = "penuh" })).StatusCode);
        Assert.Equal(otherMentor, (await driver.Umkm(umkm).GetAsync())!.MentorId);
        Assert.DoesNotContain(umkm, (await driver.Mentor(mentor).GetAsync())!.Mentees);
    }

    public static TheoryData<string, string> RoleClaimsWithoutTheirRole => new()
    {
        // mentor_id without the mentor role: neither its nudge feed nor its mentees' steps.
        { "no role", "guest" },
        { "a district head", "district-head" },
    };

    [Theory]
    [MemberData(nameof(RoleClaimsWithoutTheirRole))]
    public async Task MentorId_WithoutTheMentorRole_GivesNoMentorsRights(string who, string role)
    {
        _ = who;
        var driver = new ProgrammeDriver(api.Grains);
        var (umkm, mentor) = await driver.MentoringAsync("qris");
        var client = api.Client(Tokens.For(role, "impostor", wilayah: role == "district-head" ? Tambora : null, mentorId: mentor));
        var before = JsonSerializer.Serialize(await driver.Umkm(umkm).GetAsync());

        var start = await client.PostAsJsonAsync($"/api/umkm/{umkm}/steps/qris/provider-registration/start", new { });
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/umkm/{umkm}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/mentors/{mentor}")).StatusCode);
        var me = await (await client.GetAsync("/api/me")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, me.GetProperty("mentorId").ValueKind);
        Assert.NotEqual("mentor", me.GetProperty("role").GetString());
        var feed = await client.GetAsync("/api/nudges");
        if (feed.IsSuccessStatusCode)
        {
            var items = (await feed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
            Assert.DoesNotContain(items.EnumerateArray(), n => n.GetProperty("rung").GetString() == "Mentor");
        }
        Assert.Equal(before, JsonSerializer.Serialize(await driver.Umkm(umkm).GetAsync()));
    }

    [Fact]
    public async Task StaffWithAnUnknownWilayah_SeesAndActsOnNothing()
    {
        var client = api.Client(Tokens.For("staff", "lost", wilayah: "99.99"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/city/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/umkm/{api.TamboraUmkm}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/umkm/{api.TamboraUmkm}/graduate", new { })).StatusCode);
        var list = await client.GetAsync("/api/umkm");
        if (list.IsSuccessStatusCode)
        {
            Assert.Equal(0, (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
        }
    }

    /// <summary>Every list a kecamatan-scoped reader gets holds only its kecamatan's items.</summary>
    [Theory]
    [InlineData("staff")]
    [InlineData("district-head")]
    public async Task ScopedReaders_ListsHoldOnlyTheirArea(string role)
    {
        var driver = new ProgrammeDriver(api.Grains);
        await driver.MentoringAsync(Samples.Registration("31.73.01.1001"), "qris");
        await driver.MentoringAsync("qris");
        var client = api.Client(Tokens.For(role, "scoped", wilayah: Tambora));

        var umkm = await JsonAsync(client, "/api/umkm?pageSize=200");
        Assert.NotEmpty(umkm.GetProperty("items").EnumerateArray());
        Assert.All(umkm.GetProperty("items").EnumerateArray(), u => Assert.StartsWith(Tambora + ".", u.GetProperty("kelurahanCode").GetString()));
        var worklist = await JsonAsync(client, $"/api/areas/{Tambora}/worklist?dueWithin=60");
        Assert.All(worklist.GetProperty("items").EnumerateArray(), w => Assert.StartsWith(Tambora + ".", w.GetProperty("kelurahanCode").GetString()));
        var overdue = await JsonAsync(client, $"/api/areas/{Tambora}/overdue?pageSize=200");
        Assert.All(overdue.GetProperty("items").EnumerateArray(), o => Assert.StartsWith(Tambora + ".", o.GetProperty("kelurahanCode").GetString()));
        var csv = await client.GetStringAsync($"/api/areas/{Tambora}/overdue.csv");
        Assert.DoesNotContain(",31.73.01.", csv);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/umkm?kecamatan=31.73.01")).StatusCode);
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

[CollectionDefinition(Name)]
public sealed class CrossAreaCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "Client API across areas, on a cluster of its own";
}
