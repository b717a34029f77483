using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace KakakAsuh.ClientApi.Csv;

/// <summary>Writes CSV exports that spreadsheets open safely.</summary>
public static class CsvFiles
{
    public const string ContentType = "text/csv";

    /// <summary>
    /// Writes <paramref name="rows"/> with a header. Fields that a spreadsheet would run as a formula (starting
    /// with =, +, -, @, tab or CR) are prefixed with an apostrophe.
    /// </summary>
    public static string Write<T>(IEnumerable<T> rows)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(writer, config);
        csv.WriteRecords(rows);
        return writer.ToString();
    }
}
