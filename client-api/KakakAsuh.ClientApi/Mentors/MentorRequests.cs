using KakakAsuh.Domain.Mentors;
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

/// <summary>A new capacity.</summary>
public sealed record CapacityRequest(int? Capacity);

/// <summary>A mentor with its mentees and how far each has come.</summary>
public sealed record MentorView(MentorState Mentor, IReadOnlyList<MenteeProgress> Mentees);
