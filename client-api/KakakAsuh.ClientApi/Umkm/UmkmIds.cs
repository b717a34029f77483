namespace KakakAsuh.ClientApi.Umkm;

/// <summary>Reference codes of UMKM: letters, digits, dots and dashes.</summary>
public static class UmkmIds
{
    public const string Rule = "A UMKM code is 3 to 64 letters, digits, dots, dashes or underscores.";

    public static string New() => $"UMKM-{Guid.NewGuid():N}"[..17].ToUpperInvariant();

    public static bool IsValid(string? id) => Domain.Common.Validation.IsReferenceCode(id);
}
