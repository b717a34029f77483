using System.Globalization;
using CsvHelper;

namespace KakakAsuh.Domain.ReferenceData;

/// <summary>West Jakarta's kota, 8 kecamatan and 56 kelurahan with their official codes.</summary>
public sealed class WilayahCatalog
{
    private readonly Dictionary<string, Area> byCode;

    public WilayahCatalog(IEnumerable<Area> areas)
    {
        byCode = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
        City = byCode.Values.Single(a => a.Level == AreaLevel.Kota);
        Kecamatan = [.. byCode.Values.Where(a => a.Level == AreaLevel.Kecamatan).OrderBy(a => a.Code, StringComparer.Ordinal)];
        Kelurahan = [.. byCode.Values.Where(a => a.Level == AreaLevel.Kelurahan).OrderBy(a => a.Code, StringComparer.Ordinal)];
    }

    public Area City { get; }

    public IReadOnlyList<Area> Kecamatan { get; }

    public IReadOnlyList<Area> Kelurahan { get; }

    public Area? Find(string? code) => code is not null && byCode.TryGetValue(code, out var area) ? area : null;

    public bool IsKelurahan(string? code) => Find(code)?.Level == AreaLevel.Kelurahan;

    public bool IsKecamatan(string? code) => Find(code)?.Level == AreaLevel.Kecamatan;

    /// <summary>True when <paramref name="code"/> is <paramref name="scopeCode"/> or lies inside it.</summary>
    public bool IsWithin(string code, string scopeCode)
    {
        for (var area = Find(code); area is not null; area = Find(area.ParentCode))
        {
            if (area.Code == scopeCode)
            {
                return true;
            }
        }
        return false;
    }

    public static WilayahCatalog Load(string csvPath)
    {
        using var reader = new StreamReader(csvPath);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var areas = new List<Area>();
        foreach (var row in csv.GetRecords<WilayahRow>())
        {
            var level = Enum.Parse<AreaLevel>(row.level, ignoreCase: true);
            areas.Add(new Area(row.kode, level, row.nama, NullIfEmpty(row.kode_induk), NullIfEmpty(row.kode_pos)));
        }
        return new WilayahCatalog(areas);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

#pragma warning disable IDE1006 // The CSV's own column names.
    private sealed record WilayahRow(string kode, string level, string nama, string? kode_induk, string? kode_pos);
#pragma warning restore IDE1006
}
