using KakakAsuh.Umkm;

namespace KakakAsuh.Benchmarks.Scenarios;

/// <summary>Plausible, valid UMKM registrations made from an index: profile with NIK and phone, some with an NIB or QRIS.</summary>
public static class SampleUmkm
{
    private static readonly string[] Kinds = ["Warung", "Keripik", "Sambal", "Batik", "Kue", "Kopi", "Jahit", "Bakso"];
    private static readonly string[] Names = ["Sari", "Tini", "Budi", "Rahmat", "Dewi", "Agus", "Lestari", "Wati"];
    private static readonly (string Kbli, string Sector)[] Activities =
        [("10792", "Makanan ringan"), ("56103", "Kedai makanan"), ("14111", "Konveksi"), ("10750", "Makanan olahan"), ("47241", "Toko kue")];

    public static UmkmRegistration Registration(int i, string kelurahanCode)
    {
        var (kbli, sector) = Activities[i % Activities.Length];
        return new UmkmRegistration
        {
            Profile = new UmkmProfile
            {
                BusinessName = $"{Kinds[i % Kinds.Length]} {Names[i / 8 % Names.Length]} {i}",
                OwnerName = $"{Names[i % Names.Length]} {Names[i / 3 % Names.Length]}",
                Nik = $"317304{i % 28 + 1:D2}{i % 12 + 1:D2}85{i % 9999 + 1:D4}",
                Phone = $"0812{i % 100_000_000:D8}",
                Kbli = kbli,
                Sector = sector,
                KelurahanCode = kelurahanCode,
            },
            Holdings = new Holdings
            {
                Nib = i % 12 == 0 ? $"9120{i % 1_000_000_000:D9}" : null,
                Qris = i % 15 == 0,
            },
        };
    }

    /// <summary>The same registration as the body of <c>POST /api/umkm</c> (camelCase JSON).</summary>
    public static object Body(UmkmRegistration r) => new
    {
        r.Profile.BusinessName,
        r.Profile.OwnerName,
        r.Profile.Nik,
        r.Profile.Phone,
        r.Profile.Kbli,
        r.Profile.Sector,
        r.Profile.KelurahanCode,
        r.Holdings.Nib,
        r.Holdings.Qris,
    };
}
