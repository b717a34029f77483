using System.Text.Json;
using System.Text.Json.Serialization;

namespace KakakAsuh.Domain.ReferenceData;

/// <summary>The mentoring track templates, loaded from configuration (<c>mentoring-tracks.json</c>).</summary>
public sealed class TrackCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private readonly Dictionary<string, TrackTemplate> byKey;

    public TrackCatalog(IEnumerable<TrackTemplate> tracks)
    {
        Tracks = [.. tracks];
        byKey = Tracks.ToDictionary(t => t.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<TrackTemplate> Tracks { get; }

    public TrackTemplate? Find(string key) => byKey.GetValueOrDefault(key);

    public static TrackCatalog Load(string jsonPath)
    {
        using var stream = File.OpenRead(jsonPath);
        var file = JsonSerializer.Deserialize<TrackFile>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{jsonPath} holds no track templates.");
        return new TrackCatalog(file.Tracks);
    }

    private sealed record TrackFile(IReadOnlyList<TrackTemplate> Tracks);
}
