namespace KakakAsuh.Grains.Common;

/// <summary>The names grain state is stored under.</summary>
public static class StorageNames
{
    /// <summary>The grain storage provider holding the programme's UMKM, mentor and round grains.</summary>
    public const string Programme = "programme";
}
