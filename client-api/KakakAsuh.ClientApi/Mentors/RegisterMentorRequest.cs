using KakakAsuh.Mentors;

namespace KakakAsuh.ClientApi.Mentors;

/// <summary>Registers a Kakak Asuh candidate. Without an <see cref="Id"/> one is made from the name.</summary>
public sealed record RegisterMentorRequest(string? Id, string? Name, string? KecamatanCode, string? KelurahanCode, string? UmkmId, int? Capacity)
{
    public MentorRegistration ToRegistration() => new()
    {
        Name = Name?.Trim() ?? "",
        KecamatanCode = KecamatanCode?.Trim() ?? "",
        KelurahanCode = string.IsNullOrWhiteSpace(KelurahanCode) ? null : KelurahanCode.Trim(),
        UmkmId = string.IsNullOrWhiteSpace(UmkmId) ? null : UmkmId.Trim(),
        Capacity = Capacity ?? 0,
    };
}
