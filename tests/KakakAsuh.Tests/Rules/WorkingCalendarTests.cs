using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Rules;

public sealed class WorkingCalendarTests
{
    private readonly WorkingCalendar calendar = Samples.Data.Calendar;

    [Fact]
    public void AddWorkingDays_OverAWeekend_SkipsSaturdayAndSunday()
    {
        // Friday 2024-10-25 + 1 working day = Monday 2024-10-28.
        Assert.Equal(new DateOnly(2024, 10, 28), calendar.AddWorkingDays(new DateOnly(2024, 10, 25), 1));
    }

    [Fact]
    public void AddWorkingDays_OverIdulFitri2025_SkipsHolidaysAndCutiBersama()
    {
        // After Thursday 2025-03-27: 28 Mar cuti bersama Nyepi, 31 Mar-1 Apr Idul Fitri, 2-7 Apr cuti bersama.
        var next = calendar.AddWorkingDays(new DateOnly(2025, 3, 27), 1);
        Assert.Equal(new DateOnly(2025, 4, 8), next);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 4, 2)));
    }

    [Fact]
    public void IsWorkingDay_OnIndependenceDay_IsFalse() =>
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 8, 17)));

    [Fact]
    public void WorkingDaysBetween_IsTheInverseOfAddWorkingDays()
    {
        var from = new DateOnly(2024, 12, 20);
        var to = calendar.AddWorkingDays(from, 12);
        Assert.Equal(12, calendar.WorkingDaysBetween(from, to));
    }

    [Fact]
    public void Today_IsTheDateInJakarta()
    {
        var lateEveningUtc = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2024, 10, 23, 18, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2024, 10, 24), WorkingCalendar.Today(lateEveningUtc));
    }
}
