using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Seeder;
using KakakAsuh.Storage;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

// Seeds the Kakak Asuh programme as published (35,000 UMKM, four mentors and their mentees, the curation round of
// 2024-10-24 and the mentoring since) into a running cluster, once: a data set seeded before is kept. Configuration as
// the client API's (ConnectionStrings:Storage, Orleans:ClusterId, Orleans:ServiceId) and Seed:*. Exit code 0 when the
// programme is seeded (now or before), 1 when seeding stopped; a later run resumes it.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
builder.Services.AddOptions<ReferenceDataOptions>().BindConfiguration(ReferenceDataOptions.Section);
builder.Services.AddSingleton(sp => ProgrammeReferenceData.Load(sp.GetRequiredService<IOptions<ReferenceDataOptions>>().Value));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ProgrammeSeeder>();
builder.UseOrleansClient(client =>
{
    client.Services.AddOptions<ClusterOptions>().BindConfiguration("Orleans");
    client.UseProgrammeClustering();
    // The silos may still be starting: keep trying until one answers (or the seeder is stopped).
    client.UseConnectionRetryFilter(async (_, cancellationToken) =>
    {
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return true;
    });
});

using var host = builder.Build();
var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
var seeded = false;
try
{
    await host.StartAsync(stopping);
    seeded = await host.Services.GetRequiredService<ProgrammeSeeder>().RunAsync(stopping);
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    host.Services.GetRequiredService<ILogger<ProgrammeSeeder>>().LogWarning("Seeding was stopped; the next run resumes it.");
}
await host.StopAsync(CancellationToken.None);
return seeded ? 0 : 1;
