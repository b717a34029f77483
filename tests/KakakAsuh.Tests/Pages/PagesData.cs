using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Summaries;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace KakakAsuh.Tests.Pages;

/// <summary>
/// A small programme for the pages: one registered UMKM in each of the 56 kelurahan (some holding NIB, QRIS, a halal
/// certificate or a trademark), and five mentees in mentoring in Tambora and Cengkareng, a week behind on their steps,
/// so that the overdue list, the worklist and the daily history have something to show.
/// </summary>
public sealed class PagesData
{
    private static readonly string[] Businesses =
    [
        "Keripik Singkong Bu Tini", "Kue Lapis Mak Ijah", "Batik Cap Pak Darto", "Sambal Roa Mbak Wulan", "Es Selendang Mayang Bang Udin",
        "Kopi Tubruk Kalideres", "Tahu Bakso Bu Yati", "Rendang Kemasan Uni Ros", "Sepatu Kulit Mas Joko", "Roti Gambang Pak Harun",
    ];

    public required string NoNibMentee { get; init; }

    public required string QrisMentee { get; init; }

    public required string TamboraMentor { get; init; }

    public required string OtherTamboraMentor { get; init; }

    public long UmkmTotal { get; init; }

    public static async Task<PagesData> CreateAsync(IGrainFactory grains, FakeTimeProvider time)
    {
        var driver = new ProgrammeDriver(grains);
        var wilayah = Samples.Data.Wilayah;
        for (var i = 0; i < wilayah.Kelurahan.Count; i++)
        {
            var holdings = new Holdings
            {
                Nib = i % 2 == 0 ? $"91200{i:D8}" : null,
                Qris = i % 3 == 0,
                HalalCertificateNumber = i % 4 == 0 ? $"ID31110000{i:D5}" : null,
                TrademarkRegistration = i % 6 == 0 ? $"IDM000{i:D6}" : null,
            };
            await driver.RegisteredAsync(Registration(Businesses[i % Businesses.Length], wilayah.Kelurahan[i].Code, holdings));
        }

        var rumahTama = await MentorAsync(driver, "Rumah Tama", "31.73.04");
        var dapurEndah = await MentorAsync(driver, "Dapur Bu Endah", "31.73.04");
        var sentraKopi = await MentorAsync(driver, "Sentra Kopi Cengkareng", "31.73.01");
        var noNib = await driver.MappedAsync(Registration("Keripik Tempe Bu Sari", "31.73.04.1001", new Holdings()), "nib", "halal");
        var qris = await driver.MappedAsync(Registration("Kue Cubit Mbak Rina", "31.73.04.1002", Nib("9120000000002")), "qris", "bazaar");
        var packaging = await driver.MappedAsync(Registration("Dodol Betawi Bang Mamat", "31.73.04.1003", Nib("9120000000003")), "qris", "packaging");
        var cengkareng1 = await driver.MappedAsync(Registration("Sambal Bawang Teh Neng", "31.73.01.1001", Nib("9120000000004")), "qris", "halal");
        var cengkareng2 = await driver.MappedAsync(Registration("Asinan Betawi Bu Yuyun", "31.73.01.1002", Nib("9120000000005")), "bazaar");
        var mentees = new[] { noNib, qris, packaging, cengkareng1, cengkareng2 };
        var round = await driver.OpenRoundAsync([rumahTama, dapurEndah, sentraKopi], mentees);
        await driver.PickAndApproveAsync(round, rumahTama, noNib);
        await driver.PickAndApproveAsync(round, rumahTama, qris);
        await driver.PickAndApproveAsync(round, dapurEndah, packaging);
        await driver.PickAndApproveAsync(round, sentraKopi, cengkareng1);
        await driver.PickAndApproveAsync(round, sentraKopi, cengkareng2);
        ProgrammeDriver.Accepted(await driver.Round(round).CloseAsync(Samples.Staff));
        foreach (var mentee in mentees)
        {
            ProgrammeDriver.Accepted(await driver.Umkm(mentee).BeginMentoringAsync(Samples.Staff));
        }
        ProgrammeDriver.Accepted(await driver.Umkm(noNib).StartStepAsync("nib", "data-prep", Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Umkm(qris).StartStepAsync("qris", "provider-registration", Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Umkm(cengkareng1).StartStepAsync("qris", "provider-registration", Samples.Staff));

        // A week passes: each day the reminders tick (nudging the overdue steps' mentors) and the city records its figures.
        for (var day = 0; day < 7; day++)
        {
            time.Advance(TimeSpan.FromDays(1));
            foreach (var mentee in mentees)
            {
                await driver.TickAsync(mentee);
            }
            var today = WorkingCalendar.Today(time);
            await Eventually.MatchesAsync(() => grains.GetGrain<IAreaHistoryGrain>("31.73").AsOfAsync(today), s => s?.Day == today);
        }
        return new PagesData
        {
            NoNibMentee = noNib,
            QrisMentee = qris,
            TamboraMentor = rumahTama,
            OtherTamboraMentor = dapurEndah,
            UmkmTotal = wilayah.Kelurahan.Count + mentees.Length,
        };
    }

    private static Holdings Nib(string nib) => new() { Nib = nib };

    private static UmkmRegistration Registration(string business, string kelurahan, Holdings holdings) =>
        Samples.Registration(kelurahan) with { Profile = Samples.Registration(kelurahan).Profile with { BusinessName = business }, Holdings = holdings };

    private static async Task<string> MentorAsync(ProgrammeDriver driver, string name, string kecamatan)
    {
        var id = Keys.New("mentor");
        ProgrammeDriver.Accepted(await driver.Mentor(id).RegisterAsync(Samples.Mentor(name, kecamatan, capacity: 3), Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Mentor(id).SelectAsync(Samples.Because("reviewed by Sudin staff")));
        return id;
    }
}
