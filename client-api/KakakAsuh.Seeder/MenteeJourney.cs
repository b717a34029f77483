using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Umkm;

namespace KakakAsuh.Seeder;

/// <summary>One event of a mentee's simulated mentoring, on the day it happened.</summary>
public sealed record JourneyEvent(string UmkmId, DateOnly Day, int Order, string Action, string? Track, string? Step, string? Value);

/// <summary>
/// Simulates a mentee's months of mentoring along the real track templates: each mentee works at its own
/// pace, checks sometimes return the file, and about a third go quiet at some point (their open steps are
/// then overdue). Tracks respect their prerequisites (halal after the NIB, the final label after the SH
/// number and the trademark filing). Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed class MenteeJourney(ProgrammeReferenceData data, Random random)
{
    public const string Start = "start";
    public const string Complete = "complete";
    public const string Return = "return";
    public const string Graduate = "graduate";

    private static readonly string[] ReturnReasons =
    [
        "Foto proses produksi kurang jelas", "Daftar bahan belum lengkap", "Surat pernyataan belum ditandatangani",
        "Etiket merek tidak sesuai ketentuan", "Dokumen pendukung tidak terbaca",
    ];

    /// <summary>The events, and what the mentee holds at the end (for the published city figures).</summary>
    public (IReadOnlyList<JourneyEvent> Events, Holdings Final) Simulate(string umkmId, Holdings initial, IReadOnlyList<string> tracks, DateOnly mentoringBegins, DateOnly lastDay)
    {
        var calendar = data.Calendar;
        var pace = 0.8 + random.NextDouble() * 2.2;
        var stop = random.NextDouble() < 0.35 ? Min(mentoringBegins.AddDays(random.Next(60, 600)), lastDay) : lastDay;
        var held = new Dictionary<Holding, DateOnly>();
        foreach (var holding in Enum.GetValues<Holding>().Where(initial.Holds))
        {
            held[holding] = mentoringBegins.AddDays(-365);
        }
        var final = initial;
        var events = new List<JourneyEvent>();
        var finished = new List<DateOnly>();
        foreach (var track in tracks)
        {
            var template = data.Tracks.Find(track)!;
            var day = calendar.AddWorkingDays(mentoringBegins, random.Next(0, 8));
            var complete = true;
            foreach (var step in template.Steps)
            {
                var requires = (step == template.Steps[0] ? template.Requires : []).Concat(step.Requires).ToList();
                if (requires.Any(r => !held.ContainsKey(r)))
                {
                    complete = false;
                    break;
                }
                foreach (var since in requires.Select(r => held[r]))
                {
                    day = Max(day, since);
                }
                var start = calendar.AddWorkingDays(day, random.Next(0, 3));
                if (start > stop)
                {
                    complete = false;
                    break;
                }
                events.Add(new JourneyEvent(umkmId, start, events.Count, Start, track, step.Key, null));
                var work = Math.Max(1, (int)Math.Round(step.WorkingDays * pace * (0.6 + random.NextDouble() * 0.8)));
                var end = calendar.AddWorkingDays(start, work);
                if (step.Returnable && random.NextDouble() < 0.35)
                {
                    if (end > stop)
                    {
                        complete = false;
                        break;
                    }
                    events.Add(new JourneyEvent(umkmId, end, events.Count, Return, track, step.Key, ReturnReasons[random.Next(ReturnReasons.Length)]));
                    var resubmitted = calendar.AddWorkingDays(end, Math.Max(1, (int)Math.Round(step.ReturnWorkingDays * pace * (0.3 + random.NextDouble() * 0.7))));
                    if (resubmitted > stop)
                    {
                        complete = false;
                        break;
                    }
                    events.Add(new JourneyEvent(umkmId, resubmitted, events.Count, Start, track, step.Key, null));
                    end = calendar.AddWorkingDays(resubmitted, Math.Max(1, work / 2));
                }
                if (end > stop)
                {
                    complete = false;
                    break;
                }
                var value = step.Grants is { } grant ? ValueFor(grant, end) : null;
                events.Add(new JourneyEvent(umkmId, end, events.Count, Complete, track, step.Key, value));
                if (step.Grants is { } granted)
                {
                    held[granted] = end;
                    final = Grant(final, granted, value);
                }
                day = end;
            }
            if (complete)
            {
                finished.Add(day);
            }
        }
        if (finished.Count == tracks.Count)
        {
            var graduation = calendar.AddWorkingDays(finished.Max(), 5);
            if (graduation <= stop)
            {
                events.Add(new JourneyEvent(umkmId, graduation, events.Count, Graduate, null, null, null));
            }
        }
        return (events, final);
    }

    private string? ValueFor(Holding grant, DateOnly day) => grant switch
    {
        Holding.Nib => $"91200{random.Next(10000000, 99999999)}",
        Holding.Halal => $"ID3111{random.Next(1000000, 9999999)}{day:MMyy}",
        Holding.TrademarkFiled => $"DID{day:yyyy}{random.Next(100000, 999999)}",
        Holding.Trademark => $"IDM000{random.Next(100000, 999999)}",
        _ => null,
    };

    private static Holdings Grant(Holdings holdings, Holding grant, string? value) => grant switch
    {
        Holding.Nib => holdings with { Nib = value },
        Holding.Qris => holdings with { Qris = true },
        Holding.Halal => holdings with { HalalCertificateNumber = value },
        Holding.TrademarkFiled => holdings with { TrademarkApplication = value },
        Holding.Trademark => holdings with { TrademarkRegistration = value },
        _ => holdings,
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
