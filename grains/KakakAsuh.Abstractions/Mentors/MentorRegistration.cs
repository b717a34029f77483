namespace KakakAsuh.Mentors;

/// <summary>What staff enter to register a Kakak Asuh candidate.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.MentorRegistration")]
public sealed record MentorRegistration
{
    /// <summary>The mentor's business name, e.g. "Rumah Tama".</summary>
    [Id(0)] public string Name { get; init; } = "";
    /// <summary>The kecamatan it mentors in, e.g. <c>31.73.04</c> (Tambora).</summary>
    [Id(1)] public string KecamatanCode { get; init; } = "";
    /// <summary>The kelurahan of its business, when known.</summary>
    [Id(2)] public string? KelurahanCode { get; init; }
    /// <summary>The mentor's own UMKM reference code, when it is a registered UMKM binaan.</summary>
    [Id(3)] public string? UmkmId { get; init; }
    /// <summary>How many mentees it can take at once.</summary>
    [Id(4)] public int Capacity { get; init; }
}
