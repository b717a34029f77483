using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KakakAsuh.Tests.Api;

/// <summary>
/// A command over HTTP is one call from the API to the cluster, and its answer is the state it produced: the API's own
/// Orleans client records every grain call it makes, by request.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CommandCallTests(ApiFixture api) : IAsyncLifetime
{
    private readonly RecordedApi recorded = new(api);

    private GrainCallRecorder calls => recorded.Calls;

    private HttpClient staff => recorded.Staff;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await recorded.DisposeAsync();

    [Fact]
    public async Task EveryCommandOfAWorkflow_IsOneGrainCall_AndAnswersWithTheStateItProduced()
    {
        var umkm = await CommandAsync("/api/umkm", new
        {
            id = Keys.New("umkm"), businessName = "Kopi Tubruk Pak Min", ownerName = "Parmin", kbli = "10761", sector = "Minuman", kelurahanCode = "31.73.07.1001",
        }, "IUmkmGrain.RegisterAsync", HttpStatusCode.Created);
        var umkmId = umkm.GetProperty("id").GetString()!;
        Assert.Equal("Registered", umkm.GetProperty("status").GetString());
        Assert.Equal("Mapped", (await CommandAsync($"/api/umkm/{umkmId}/needs", new { tracks = new[] { "qris" } }, "IUmkmGrain.MapNeedsAsync")).GetProperty("status").GetString());

        var mentor = await CommandAsync("/api/mentors", new { id = Keys.New("mentor"), name = "Kopi Palmerah", kecamatanCode = "31.73.07", capacity = 2 },
            "IMentorGrain.RegisterAsync", HttpStatusCode.Created);
        var mentorId = mentor.GetProperty("id").GetString()!;
        Assert.Equal("Selected", (await CommandAsync($"/api/mentors/{mentorId}/select", new { reason = "Lolos seleksi" }, "IMentorGrain.SelectAsync")).GetProperty("status").GetString());

        var round = (await CommandAsync("/api/rounds", new { id = Keys.New("round"), date = "2024-10-24", scopeCode = "31.73.07", panel = new[] { "Dr. Ratna" } },
            "ICurationRoundGrain.CreateAsync", HttpStatusCode.Created)).GetProperty("id").GetString()!;
        Assert.Contains(mentorId, Strings((await CommandAsync($"/api/rounds/{round}/mentors", new { mentorId }, "ICurationRoundGrain.AddMentorCandidateAsync")).GetProperty("mentorCandidates")));
        Assert.Contains(umkmId, Strings((await CommandAsync($"/api/rounds/{round}/mentees", new { umkmId }, "ICurationRoundGrain.AddMenteeCandidateAsync")).GetProperty("menteeCandidates")));
        Assert.Equal("Proposed", (await CommandAsync($"/api/rounds/{round}/picks", new { mentorId, umkmId }, "ICurationRoundGrain.PickAsync")).GetProperty("picks")[0].GetProperty("status").GetString());
        await CommandAsync($"/api/rounds/{round}/decisions", new { umkmId, panelMember = "Dr. Ratna", approve = true }, "ICurationRoundGrain.DecideAsync");
        var closed = await CommandAsync($"/api/rounds/{round}/close", new { }, "ICurationRoundGrain.CloseAsync");
        Assert.Equal(("Closed", "Assigned"), (closed.GetProperty("status").GetString(), closed.GetProperty("picks")[0].GetProperty("status").GetString()));

        var mentoring = await CommandAsync($"/api/umkm/{umkmId}/mentoring", new { }, "IUmkmGrain.BeginMentoringAsync");
        Assert.Equal(("Mentoring", mentorId), (mentoring.GetProperty("status").GetString(), mentoring.GetProperty("mentorId").GetString()));
        var started = await CommandAsync($"/api/umkm/{umkmId}/steps/qris/provider-registration/start", new { }, "IUmkmGrain.StartStepAsync");
        Assert.Equal("InProgress", started.GetProperty("plan")[0].GetProperty("steps")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task ARefusedCommand_IsOneGrainCall_AndChangesNothing()
    {
        var refused = await SendAsync($"/api/umkm/{api.TamboraUmkm}/steps/qris/qris-active/start", new { });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(["IUmkmGrain.StartStepAsync"], calls.Drain());
    }

    [Fact]
    public async Task ACommandOutsideTheCallersArea_IsRefusedByTheGrainInTheSameCall()
    {
        var cengkareng = recorded.Client(Tokens.For("staff", "sri", wilayah: "31.73.01"));
        calls.Drain();
        var response = await cengkareng.PostAsJsonAsync($"/api/umkm/{api.TamboraUmkm}/withdraw", new { reason = "pindah" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(["IUmkmGrain.WithdrawAsync"], calls.Drain());
        Assert.Equal("Mentoring", (await api.Grains.GetGrain<IUmkmGrain>(api.TamboraUmkm).GetAsync())!.Status.ToString());
    }

    /// <summary>Sends a command, checks it was the one grain call <paramref name="call"/>, and that its answer is the record as it now stands.</summary>
    private async Task<JsonElement> CommandAsync(string path, object body, string call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await SendAsync(path, body);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {answer}");
        Assert.Equal([call], calls.Drain());
        var stored = JsonDocument.Parse(await staff.GetStringAsync(response.Headers.Location?.ToString() ?? RecordOf(path))).RootElement;
        calls.Drain();
        // A mentor is read with its mentees' progress beside it.
        stored = stored.TryGetProperty("mentor", out var mentor) ? mentor : stored;
        Assert.Equal(stored.GetProperty("version").GetInt64(), answer.GetProperty("version").GetInt64());
        Assert.Equal(stored.GetProperty("status").GetString(), answer.GetProperty("status").GetString());
        return answer;
    }

    private async Task<HttpResponseMessage> SendAsync(string path, object body)
    {
        calls.Drain();
        return await staff.PostAsJsonAsync(path, body);
    }

    /// <summary><c>/api/umkm/{id}/steps/...</c> → <c>/api/umkm/{id}</c>: the record a command acted on.</summary>
    private static string RecordOf(string path) => string.Join('/', path.Split('/').Take(4));

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());
}
