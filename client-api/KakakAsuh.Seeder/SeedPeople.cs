namespace KakakAsuh.Seeder;

/// <summary>Made-up but plausible businesses and owners for seeding (no real person's data).</summary>
public sealed class SeedPeople(Random random)
{
    private static readonly string[] Kinds =
    [
        "Warung", "Toko", "Kedai", "Dapur", "Rumah Kue", "Konveksi", "Kerajinan", "Sambal", "Keripik", "Batik",
        "Katering", "Jamu", "Roti", "Kopi", "Tas", "Sepatu", "Bakso", "Es Teh", "Kue Basah", "Rendang",
    ];

    private static readonly string[] Names =
    [
        "Bu Sari", "Pak Joko", "Mekar", "Berkah", "Sejahtera", "Mawar", "Melati", "Cahaya", "Barokah", "Sentosa",
        "Bu Ani", "Pak Udin", "Betawi", "Kenanga", "Harapan", "Rezeki", "Mbak Tini", "Bang Rudi", "Delima", "Cempaka",
    ];

    private static readonly string[] FirstNames =
    [
        "Siti", "Budi", "Dewi", "Agus", "Rina", "Andi", "Wati", "Hendra", "Yuni", "Rudi", "Fitri", "Dedi",
        "Nur", "Eko", "Lestari", "Joko", "Ratna", "Bambang", "Indah", "Hadi", "Maya", "Slamet", "Ayu", "Rahmat",
    ];

    private static readonly string[] LastNames =
    [
        "Wulandari", "Santoso", "Setiawan", "Hidayat", "Saputra", "Kurniawan", "Rahayu", "Pratama", "Susanti",
        "Nugroho", "Lestari", "Wijaya", "Siregar", "Simanjuntak", "Hasibuan", "Nasution", "Purnomo", "Handayani",
    ];

    private static readonly (string Kbli, string Sector)[] Activities =
    [
        ("10792", "Makanan ringan"), ("10710", "Roti dan kue"), ("10750", "Makanan siap saji"), ("11040", "Minuman"),
        ("14111", "Pakaian jadi"), ("15121", "Tas dan barang kulit"), ("15201", "Alas kaki"), ("32909", "Kerajinan"),
        ("13134", "Batik"), ("56102", "Warung makan"),
    ];

    public string BusinessName() => $"{Pick(Kinds)} {Pick(Names)}";

    public string OwnerName() => $"{Pick(FirstNames)} {Pick(LastNames)}";

    public (string Kbli, string Sector) Activity() => Pick(Activities);

    /// <summary>A plausible NIK of someone living in the kecamatan: 31 73 kk, birth date (women +40), serial.</summary>
    public string Nik(string kecamatanCode)
    {
        var female = random.Next(2) == 0;
        var day = random.Next(1, 29) + (female ? 40 : 0);
        return $"3173{kecamatanCode[^2..]}{day:00}{random.Next(1, 13):00}{random.Next(60, 100):00}{random.Next(1, 9999):0000}";
    }

    public string Phone() => $"08{random.Next(11, 99)}{random.Next(1000, 9999)}{random.Next(1000, 9999)}";

    public string Nib() => $"91200{random.Next(10000000, 99999999)}";

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
