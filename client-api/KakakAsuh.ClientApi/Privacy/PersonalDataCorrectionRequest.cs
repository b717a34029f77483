using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KakakAsuh.Domain.Common;

namespace KakakAsuh.ClientApi.Privacy;

/// <summary>A correction of the owner's data: null leaves a field as it is, an empty NIK or phone removes it.</summary>
public sealed record PersonalDataCorrectionRequest(
    [property: StringLength(Validation.MaxNameLength, MinimumLength = 1)]
    string? OwnerName = null,
    [property: RegularExpression("^$|" + Validation.NikPattern), Description("A 16-digit NIK with an existing province, a real birth date and a serial above 0000; empty removes it.")]
    string? Nik = null,
    [property: RegularExpression("^$|" + Validation.PhonePattern), MaxLength(Validation.MaxPhoneLength), Description("An Indonesian mobile number (spaces and dashes in it are ignored); empty removes it.")]
    string? Phone = null);
