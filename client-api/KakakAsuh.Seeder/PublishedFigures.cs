using System.Text.Json;

namespace KakakAsuh.Seeder;

/// <summary>The programme as published (<c>kakak-asuh-2024.json</c>): mentors, the curation round, city figures.</summary>
public sealed record PublishedFigures(PublishedFigures.RoundInfo CurationRound, IReadOnlyList<PublishedFigures.MentorInfo> Mentors, PublishedFigures.CityInfo CityFigures)
{
    public static PublishedFigures Load(string folder)
    {
        using var stream = File.OpenRead(Path.Combine(folder, "kakak-asuh-2024.json"));
        return JsonSerializer.Deserialize<PublishedFigures>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("kakak-asuh-2024.json is empty.");
    }

    public sealed record RoundInfo(DateOnly Date, string Panel);

    public sealed record MentorInfo(string Name, string Kecamatan, string KecamatanKode, string? KelurahanKode, int Mentees);

    public sealed record CityInfo(int UmkmBinaan, int WithQris, int WithHalalCertificate, int WithNib);
}
