using System.Collections.Concurrent;
using System.Diagnostics;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KakakAsuh.Tests.Fuzz;

/// <summary>
/// At least 5,000 generated hostile requests across every endpoint the API maps: none may answer 5xx or hang,
/// every refusal is a ProblemDetails, and afterwards every summary and every grain a request named is as it was.
/// Run against the API as the tests configure it and as the run command does (Development, where minimal-API binding
/// throws, with sign-in at the development provider). The seed is printed; set <c>FUZZ_SEED</c> to replay a run.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HostileRequestFuzzTests(ApiFixture api, ITestOutputHelper output)
{
    private const int Requests = 5_000;
    private static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("Testing")]
    [InlineData("Development")]
    public async Task HostileRequests_OnEveryEndpoint_NeverFailOrHang_AndChangeNothing(string environment)
    {
        var host = environment == "Development" ? await api.AsTheRunCommandStartsItAsync() : null;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        output.WriteLine($"Fuzz seed {seed} (FUZZ_SEED={seed} replays this run), environment {environment}");
        var (umkm, mentor) = await new ProgrammeDriver(api.Grains).MentoringAsync("qris", "bazaar");
        var targets = new FuzzTargets(umkm, mentor, (await api.Grains.GetGrain<IUmkmGrain>(umkm).GetAsync())!.RoundId!);
        var endpoints = FuzzEndpoint.All((host?.Services ?? api.ApiServices).GetRequiredService<EndpointDataSource>());
        Assert.True(endpoints.Count(e => e.Pattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true) >= 45, $"Only {endpoints.Count} endpoints found.");
        string[] named = [.. targets.Ids, api.TamboraUmkm, api.TamboraMentor, api.ClosedRound, .. HostileValues.UnknownIds];
        var before = await ProgrammeSnapshot.SettledAsync(api.Grains, named);

        var generator = new HostileRequests(seed, endpoints, targets);
        var client = host?.CreateClient() ?? api.Client();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var hit = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (i, _) =>
        {
            var (endpoint, request, description) = generator.Create(i);
            hit.AddOrUpdate(endpoint.ToString(), 1, (_, n) => n + 1);
            using var timeout = new CancellationTokenSource(HangAfter);
            try
            {
                using var response = await client.SendAsync(request, timeout.Token);
                var status = (int)response.StatusCode;
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                var body = await response.Content.ReadAsStringAsync(timeout.Token);
                if (status >= 500)
                {
                    failures.Enqueue($"{description}: {status} {body[..Math.Min(body.Length, 300)]}");
                }
                else if (status >= 400 && endpoint.Pattern.RawText!.StartsWith("/api", StringComparison.Ordinal)
                    && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Enqueue($"{description}: {status} without a ProblemDetails ({response.Content.Headers.ContentType})");
                }
            }
            catch (OperationCanceledException)
            {
                failures.Enqueue($"{description}: no answer within {HangAfter.TotalSeconds} s");
            }
            catch (Exception ex)
            {
                failures.Enqueue($"{description}: {ex.GetType().Name} {ex.Message}");
            }
            finally
            {
                request.Dispose();
            }
        });
        output.WriteLine($"{Requests} requests in {clock.Elapsed.TotalSeconds:N1} s over {hit.Count} of {endpoints.Count} endpoints; statuses: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));

        Assert.True(failures.IsEmpty, $"seed {seed}: {failures.Count} failures\n" + string.Join('\n', failures.Take(40)));
        Assert.Equal(endpoints.Count, hit.Count);
        Assert.Equal(before, await ProgrammeSnapshot.SettledAsync(api.Grains, named));
    }
}
