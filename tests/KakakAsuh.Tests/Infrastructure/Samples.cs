using KakakAsuh.Domain.ReferenceData;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>Realistic inputs for tests.</summary>
public static class Samples
{
    /// <summary>Tambora's first kelurahan.</summary>
    public const string Kelurahan = "31.73.04.1001";

    public const string Kecamatan = "31.73.04";

    public const string ValidNib = "9120001234567";

    public static readonly CommandContext Staff = new("staff:test");

    public static ProgrammeReferenceData Data { get; } = ProgrammeReferenceData.Load(new ReferenceDataOptions());

    public static CommandContext Because(string reason) => new("staff:test", reason);

    public static UmkmRegistration Registration(string kelurahan = Kelurahan, string? nib = ValidNib) => new()
    {
        Profile = new UmkmProfile
        {
            BusinessName = "Keripik Tempe Bu Sari",
            OwnerName = "Sari Wulandari",
            Nik = "3173044501850001",
            Phone = "081234567890",
            Kbli = "10792",
            Sector = "Makanan ringan",
            KelurahanCode = kelurahan,
        },
        Holdings = new Holdings { Nib = nib },
    };

    public static MentorRegistration Mentor(string name = "Rumah Tama", string kecamatan = Kecamatan, int capacity = 3) =>
        new() { Name = name, KecamatanCode = kecamatan, Capacity = capacity };

    public static RoundSetup Round(string scope = "31.73") =>
        new() { Date = new DateOnly(2024, 10, 24), ScopeCode = scope, Panel = ["Dr. Ratna (Dinas PPKUKM DKI)", "Ir. Bambang (Dinas PPKUKM DKI)"] };
}
