using System.Globalization;
using CsvHelper;

namespace KakakAsuh.Domain.ReferenceData;

/// <summary>
/// Working days (hari kerja): Monday to Friday, less Indonesia's national holidays and cuti bersama from
/// <c>libur-nasional.csv</c>. Past the last year in the file only weekends are known.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays)
{
    /// <summary>Jakarta keeps Western Indonesia Time, UTC+7, all year.</summary>
    public static readonly TimeSpan JakartaOffset = TimeSpan.FromHours(7);

    private readonly HashSet<DateOnly> holidays = [.. holidays];

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>The working day that falls <paramref name="workingDays"/> working days after <paramref name="from"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>How many working days lie after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Today's date in Jakarta.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(JakartaOffset).DateTime);

    public static WorkingCalendar Load(string csvPath)
    {
        using var reader = new StreamReader(csvPath);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var days = new List<DateOnly>();
        while (csv.Read())
        {
            days.Add(DateOnly.ParseExact(csv.GetField("tanggal")!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        return new WorkingCalendar(days);
    }
}
