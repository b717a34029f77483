using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.Mentors;
using KakakAsuh.Mentors;

namespace KakakAsuh.ClientApi.Mentors;

/// <summary>Registers a Kakak Asuh candidate. Without an <see cref="Id"/> one is made from the name.</summary>
public sealed record RegisterMentorRequest(
    [property: StringLength(Validation.MaxNameLength, MinimumLength = 1), Example("Rumah Tama")]
    string? Name,
    [property: Description("One of West Jakarta's 8 kecamatan codes: where it mentors."), Example("31.73.04")]
    string? KecamatanCode,
    [property: Range(1, MentorRules.MaxCapacity), Description("How many mentees it can take at once.")]
    int? Capacity,
    [property: RegularExpression(Validation.ReferenceCodePattern), Description("The mentor's id; made from its name when absent.")]
    string? Id = null,
    [property: Description("The kelurahan of its business, inside its kecamatan.")]
    string? KelurahanCode = null,
    [property: RegularExpression(Validation.ReferenceCodePattern), Description("Its own UMKM reference code, when it is a UMKM binaan.")]
    string? UmkmId = null)
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
