using KakakAsuh.Domain.Mentors;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Mentors;
using KakakAsuh.Rounds;
using KakakAsuh.Umkm;

namespace KakakAsuh.Seeder;

/// <summary>
/// The programme as published, laid out as commands: 35,000 UMKM binaan over the 56 kelurahan, the four
/// mentors, the curation round of 2024-10-24 with 13, 17, 15 and 12 mentees, and their mentoring since.
/// Holdings are spread so that, with what the mentees earned, the city holds exactly the published numbers
/// of NIB, QRIS and halal certificates.
/// </summary>
public sealed record SeedPlan(
    IReadOnlyList<SeedPlan.UmkmSeed> Umkm,
    IReadOnlyList<SeedPlan.MentorSeed> Mentors,
    IReadOnlyList<SeedPlan.Mapping> Mappings,
    SeedPlan.RoundSeed Round,
    IReadOnlyList<SeedPlan.Mentee> Mentees,
    PublishedFigures Figures)
{
    public static readonly TimeSpan Wib = WorkingCalendar.JakartaOffset;

    /// <summary>Mentoring began on the Monday after the curation round.</summary>
    public static readonly DateOnly MentoringBegins = new(2024, 10, 28);

    public static readonly string[] MenteeTracks = ["halal", "trademark", "packaging", "bazaar"];

    public sealed record UmkmSeed(string Id, UmkmRegistration Registration, DateTimeOffset At);

    public sealed record MentorSeed(string Id, MentorRegistration Registration, DateTimeOffset RegisteredAt, DateTimeOffset SelectedAt);

    public sealed record Mapping(string UmkmId, IReadOnlyList<string> Tracks, DateTimeOffset At);

    public sealed record RoundSeed(string Id, RoundSetup Setup, IReadOnlyList<string> Candidates, IReadOnlyList<(string Mentor, string Umkm)> Picks);

    public sealed record Mentee(string Id, string MentorId, IReadOnlyList<JourneyEvent> Journey);

    public static DateTimeOffset At(DateOnly day, int minute = 0) => new(day.ToDateTime(new TimeOnly(9, 0)).AddMinutes(minute), Wib);

    public static SeedPlan Build(ProgrammeReferenceData data, PublishedFigures figures, int randomSeed, DateOnly lastDay)
    {
        var random = new Random(randomSeed);
        var people = new SeedPeople(random);
        var wilayah = data.Wilayah;
        var perKelurahan = figures.CityFigures.UmkmBinaan / wilayah.Kelurahan.Count;
        var extra = figures.CityFigures.UmkmBinaan % wilayah.Kelurahan.Count;
        var ids = wilayah.Kelurahan.SelectMany((k, i) => Enumerable.Range(1, perKelurahan + (i < extra ? 1 : 0)).Select(n => $"{k.Code}-{n:0000}")).ToList();
        var holdings = ids.ToDictionary(id => id, _ => new Holdings());

        // The mentors: experienced UMKM of their own kecamatan, holding everything.
        var mentors = new List<MentorSeed>();
        var taken = new HashSet<string>();
        foreach (var m in figures.Mentors)
        {
            var business = $"{m.KelurahanKode ?? KelurahanOf(wilayah, m.KecamatanKode)[0]}-0001";
            taken.Add(business);
            holdings[business] = new Holdings { Nib = people.Nib(), Qris = true, HalalCertificateNumber = $"ID3111{random.Next(1000000, 9999999)}0322", TrademarkRegistration = $"IDM000{random.Next(100000, 999999)}" };
            var registration = new MentorRegistration { Name = m.Name, KecamatanCode = m.KecamatanKode, KelurahanCode = m.KelurahanKode, UmkmId = business, Capacity = 20 };
            mentors.Add(new MentorSeed(MentorIds.FromName(m.Name), registration, At(new DateOnly(2024, 9, 2)), At(new DateOnly(2024, 10, 1))));
        }

        // The mentees each mentor picked, and a few candidates nobody picked, from the mentor's kecamatan.
        var picks = new List<(string Mentor, string Umkm)>();
        var candidates = new List<string>();
        foreach (var (m, seed) in figures.Mentors.Zip(mentors))
        {
            var pool = KelurahanOf(wilayah, m.KecamatanKode)
                .SelectMany(k => Enumerable.Range(2, perKelurahan - 1).Select(n => $"{k}-{n:0000}"))
                .Where(id => !taken.Contains(id))
                .OrderBy(_ => random.Next())
                .Take(m.Mentees + 3)
                .ToList();
            taken.UnionWith(pool);
            candidates.AddRange(pool);
            picks.AddRange(pool.Take(m.Mentees).Select(id => (seed.Id, id)));
        }
        var mappings = new List<Mapping>();
        var mentees = new List<Mentee>();
        var journey = new MenteeJourney(data, random);
        foreach (var id in candidates)
        {
            holdings[id] = new Holdings { Nib = random.NextDouble() < 0.4 ? people.Nib() : null, Qris = random.NextDouble() < 0.3 };
            var tracks = holdings[id].Nib is null ? ["nib", .. MenteeTracks] : MenteeTracks;
            mappings.Add(new Mapping(id, tracks, At(new DateOnly(2024, 10, 7).AddDays(random.Next(0, 8)))));
        }
        foreach (var (mentor, id) in picks)
        {
            var tracks = mappings.Single(m => m.UmkmId == id).Tracks;
            var (events, final) = journey.Simulate(id, holdings[id], tracks, MentoringBegins, lastDay);
            mentees.Add(new Mentee(id, mentor, events));
            holdings[id] = holdings[id] with { Nib = final.Nib, HalalCertificateNumber = final.HalalCertificateNumber, TrademarkRegistration = final.TrademarkRegistration };
        }

        // Everyone else: holdings so that the city adds up to the published figures.
        var others = ids.Where(id => !taken.Contains(id)).OrderBy(_ => random.Next()).ToList();
        var city = figures.CityFigures;
        var halalNeeded = city.WithHalalCertificate - holdings.Values.Count(h => h.HalalCertificateNumber is not null);
        var nibNeeded = city.WithNib - holdings.Values.Count(h => h.Nib is not null);
        var qrisNeeded = city.WithQris - holdings.Values.Count(h => h.Qris);
        for (var i = 0; i < nibNeeded; i++)
        {
            holdings[others[i]] = new Holdings
            {
                Nib = people.Nib(),
                HalalCertificateNumber = i < halalNeeded ? $"ID3111{random.Next(1000000, 9999999)}{random.Next(1, 13):00}2{random.Next(2, 5)}" : null,
                TrademarkRegistration = i % 9 == 0 ? $"IDM000{random.Next(100000, 999999)}" : null,
            };
        }
        foreach (var id in others.Take(qrisNeeded * 3 / 4).Concat(others.Skip(nibNeeded).Take(qrisNeeded - qrisNeeded * 3 / 4)))
        {
            holdings[id] = holdings[id] with { Qris = true };
        }

        // About 3% of the others have had their needs mapped and wait for the next round.
        foreach (var id in others.Where((_, i) => i % 33 == 5))
        {
            var h = holdings[id];
            IReadOnlyList<string> tracks = h.HalalCertificateNumber is not null ? ["packaging", "bazaar"] : h.Nib is null ? ["nib", "halal", "bazaar"] : ["halal", "qris"];
            if (h.Qris && tracks.Contains("qris"))
            {
                tracks = ["halal", "bazaar"];
            }
            mappings.Add(new Mapping(id, tracks, At(new DateOnly(2024, 11, 4).AddDays(random.Next(0, Math.Max(1, lastDay.DayNumber - new DateOnly(2024, 11, 4).DayNumber))))));
        }

        var umkm = ids.Select(id =>
        {
            var kelurahan = id[..^5];
            var (kbli, sector) = people.Activity();
            var profile = new UmkmProfile
            {
                BusinessName = people.BusinessName(),
                OwnerName = people.OwnerName(),
                Nik = random.NextDouble() < 0.8 ? people.Nik(wilayah.Find(kelurahan)!.ParentCode!) : null,
                Phone = random.NextDouble() < 0.9 ? people.Phone() : null,
                Kbli = kbli,
                Sector = sector,
                KelurahanCode = kelurahan,
            };
            var registeredOn = new DateOnly(2023, 1, 2).AddDays(random.Next(0, 630));
            // What the mentees earned during mentoring is recorded by their journeys, not at registration.
            var initial = mentees.Any(m => m.Id == id) ? Initial(holdings[id], id, mentees) : holdings[id];
            return new UmkmSeed(id, new UmkmRegistration { Profile = profile, Holdings = initial }, At(registeredOn));
        }).ToList();

        var setup = new RoundSetup { Date = figures.CurationRound.Date, ScopeCode = wilayah.City.Code, Panel = ["Tenaga Ahli Dinas PPKUKM DKI Jakarta"] };
        var round = new RoundSeed($"{wilayah.City.Code}-{setup.Date:yyyy-MM-dd}", setup, candidates, picks);
        return new SeedPlan(umkm, mentors, mappings, round, mentees, figures);
    }

    /// <summary>A mentee's holdings at registration: what it holds at the end, less what its journey granted.</summary>
    private static Holdings Initial(Holdings final, string id, List<Mentee> mentees)
    {
        var granted = mentees.Single(m => m.Id == id).Journey.Where(e => e.Action == MenteeJourney.Complete && e.Value is not null).Select(e => e.Value).ToHashSet();
        return final with
        {
            Nib = granted.Contains(final.Nib) ? null : final.Nib,
            HalalCertificateNumber = null,
            TrademarkApplication = null,
            TrademarkRegistration = null,
        };
    }

    private static List<string> KelurahanOf(WilayahCatalog wilayah, string kecamatan) =>
        [.. wilayah.Kelurahan.Where(k => k.ParentCode == kecamatan).Select(k => k.Code)];
}
