using System.Diagnostics;
using KakakAsuh.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Mentors;
using KakakAsuh.Rounds;
using KakakAsuh.Umkm;
using Microsoft.Extensions.Options;

namespace KakakAsuh.Seeder;

/// <summary>
/// Seeds the programme as published through the same grain commands staff use, recorded on the dates things
/// happened. A second run finds the seed marker and keeps the data. Interrupted seeding resumes: what was recorded
/// already is refused as already done and skipped.
/// </summary>
public sealed class ProgrammeSeeder(
    IGrainFactory grains,
    ProgrammeReferenceData data,
    IOptions<SeedOptions> options,
    TimeProvider time,
    ILogger<ProgrammeSeeder> logger)
{
    public const string DataSet = "kakak-asuh-2024";
    private const string Actor = "seed:kakak-asuh-2024";

    /// <summary>True when the programme is seeded (now or by an earlier run) or seeding is off; false when it stopped.</summary>
    public async Task<bool> RunAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Seeding is off (Seed:Enabled is false).");
            return true;
        }
        try
        {
            await SeedAsync(stoppingToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Seeding stopped; the next run resumes it.");
            return false;
        }
    }

    private async Task SeedAsync(CancellationToken stoppingToken)
    {
        var marker = grains.GetGrain<ISeedGrain>(DataSet);
        if (await WhenClusterAnswersAsync(marker.CompletedAtAsync, stoppingToken) is { } done)
        {
            logger.LogInformation("The programme was seeded on {SeededAt:yyyy-MM-dd HH:mm}; keeping the data.", done);
            return;
        }
        var clock = Stopwatch.StartNew();
        var folder = options.Value.Folder ?? ProgrammeReferenceData.DefaultFolder;
        var plan = SeedPlan.Build(data, PublishedFigures.Load(folder), options.Value.RandomSeed, WorkingCalendar.Today(time).AddDays(-1));
        logger.LogInformation("Seeding the Kakak Asuh programme as published: {Umkm:N0} UMKM, {Mentors} mentors, {Mentees} mentees.", plan.Umkm.Count, plan.Mentors.Count, plan.Mentees.Count);

        await RegisterUmkmAsync(plan, stoppingToken);
        foreach (var mentor in plan.Mentors)
        {
            var grain = grains.GetGrain<IMentorGrain>(mentor.Id);
            Check(await grain.RegisterAsync(mentor.Registration, new CommandContext(Actor, "Kakak Asuh candidate", mentor.RegisteredAt)), $"mentor {mentor.Id}");
            Check(await grain.SelectAsync(new CommandContext(Actor, "Selected by Sudin PPKUKM Jakarta Barat", mentor.SelectedAt)), $"mentor {mentor.Id}");
        }
        await Parallel.ForEachAsync(plan.Mappings, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = stoppingToken }, async (m, _) =>
            Check(await grains.GetGrain<IUmkmGrain>(m.UmkmId).MapNeedsAsync(m.Tracks, new CommandContext(Actor, "Pemetaan", m.At)), $"mapping {m.UmkmId}"));
        logger.LogInformation("Seeding: mentors selected and {Mapped:N0} UMKM mapped.", plan.Mappings.Count);

        await RunRoundAsync(plan.Round);
        logger.LogInformation("Seeding: curation round {Round} closed.", plan.Round.Id);

        await Task.WhenAll(plan.Mentees.GroupBy(m => m.MentorId).Select(group => RunJourneysAsync([.. group])));
        await marker.MarkCompletedAsync(time.GetUtcNow());
        logger.LogInformation("Seeding finished in {Elapsed:N0} s.", clock.Elapsed.TotalSeconds);
    }

    /// <summary>The silo may still be starting: ask until it answers.</summary>
    private async Task<T> WhenClusterAnswersAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (attempt < 120 && ex is not OperationCanceledException)
            {
                logger.LogInformation("Waiting for the silo cluster before seeding ({Reason}).", ex.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private async Task RegisterUmkmAsync(SeedPlan plan, CancellationToken cancellationToken)
    {
        var registered = 0;
        await Parallel.ForEachAsync(plan.Umkm, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken }, async (u, _) =>
        {
            Check(await grains.GetGrain<IUmkmGrain>(u.Id).RegisterAsync(u.Registration, new CommandContext(Actor, "UMKM binaan", u.At)), $"UMKM {u.Id}");
            if (Interlocked.Increment(ref registered) % 5000 == 0)
            {
                logger.LogInformation("Seeding: {Registered:N0} / {Total:N0} UMKM registered.", registered, plan.Umkm.Count);
            }
        });
    }

    private async Task RunRoundAsync(SeedPlan.RoundSeed seed)
    {
        var day = seed.Setup.Date;
        var round = grains.GetGrain<ICurationRoundGrain>(seed.Id);
        Check(await round.CreateAsync(seed.Setup, new CommandContext(Actor, "Kurasi Kakak Asuh", SeedPlan.At(day.AddDays(-7)))), "round");
        var minute = 0;
        foreach (var mentor in seed.Picks.Select(p => p.Mentor).Distinct())
        {
            Check(await round.AddMentorCandidateAsync(mentor, new CommandContext(Actor, At: SeedPlan.At(day.AddDays(-7), ++minute))), $"candidate {mentor}");
        }
        foreach (var umkm in seed.Candidates)
        {
            Check(await round.AddMenteeCandidateAsync(umkm, new CommandContext(Actor, At: SeedPlan.At(day.AddDays(-6), ++minute))), $"candidate {umkm}");
        }
        foreach (var (mentor, umkm) in seed.Picks)
        {
            Check(await round.PickAsync(mentor, umkm, new CommandContext($"mentor:{mentor}", At: SeedPlan.At(day, ++minute))), $"pick {umkm}");
        }
        foreach (var (_, umkm) in seed.Picks)
        {
            var decision = new PanelDecision(umkm, seed.Setup.Panel[0], Approve: true);
            Check(await round.DecideAsync(decision, new CommandContext(Actor, At: SeedPlan.At(day, ++minute))), $"decision {umkm}");
        }
        Check(await round.CloseAsync(new CommandContext(Actor, At: SeedPlan.At(day, ++minute))), "round close");
    }

    /// <summary>One mentor's mentees, in the order things happened, so the mentor's history stays in order too.</summary>
    private async Task RunJourneysAsync(IReadOnlyList<SeedPlan.Mentee> mentees)
    {
        var mentor = mentees[0].MentorId;
        var context = new CommandContext($"mentor:{mentor}");
        var minute = 0;
        foreach (var mentee in mentees)
        {
            Check(await grains.GetGrain<IUmkmGrain>(mentee.Id).BeginMentoringAsync(context with { At = SeedPlan.At(SeedPlan.MentoringBegins, -60 + minute++) }), $"mentoring {mentee.Id}");
        }
        var day = DateOnly.MinValue;
        foreach (var e in mentees.SelectMany(m => m.Journey).OrderBy(e => e.Day).ThenBy(e => e.UmkmId, StringComparer.Ordinal).ThenBy(e => e.Order))
        {
            minute = e.Day == day ? minute + 1 : 0;
            day = e.Day;
            var at = context with { At = SeedPlan.At(e.Day, minute) };
            var grain = grains.GetGrain<IUmkmGrain>(e.UmkmId);
            var result = e.Action switch
            {
                MenteeJourney.Start => await grain.StartStepAsync(e.Track!, e.Step!, at),
                MenteeJourney.Complete => await grain.CompleteStepAsync(e.Track!, e.Step!, e.Value, at),
                MenteeJourney.Return => await grain.ReturnStepAsync(e.Track!, e.Step!, at with { Reason = e.Value }),
                _ => await grain.GraduateAsync(at with { Actor = Actor }),
            };
            Check(result, $"{e.Action} {e.Track}/{e.Step} of {e.UmkmId}");
        }
    }

    /// <summary>A refusal while seeding means the step was recorded by an earlier, interrupted run; anything else is a bug.</summary>
    private void Check(CommandResult result, string what)
    {
        if (result.Refusal is { } refusal && refusal.Code is not ("already-registered" or "at-before-last-event" or "round-exists"))
        {
            logger.LogWarning("Seeding: {What} was refused ({Code}): {Message}", what, refusal.Code, refusal.Message);
        }
    }
}
