namespace KakakAsuh.Storage;

/// <summary>The grain storage provider the programme's grains keep their state in.</summary>
public static class StorageNames
{
    /// <summary>The provider every stateful grain names in its <c>[PersistentState]</c>.</summary>
    public const string Programme = "programme";
}
