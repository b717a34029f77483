using System.Text.Json;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>Compares states by value, lists included (records compare lists by reference).</summary>
public static class Snapshot
{
    public static string Of<T>(T value) => JsonSerializer.Serialize(value);
}
