namespace KakakAsuh.Grains.Common;

/// <summary>
/// Keeps one named reminder registered exactly while a grain needs it. What the reminder table holds is read
/// once per activation; after that only a change of need touches the table.
/// </summary>
internal sealed class ReminderSwitch(Grain grain, string name, TimeSpan firstTickAfter, TimeSpan period)
{
    private bool? registered;

    /// <summary>
    /// Registers or removes the reminder. <paramref name="mayExist"/> false says the grain never needed one,
    /// which saves the reminder-table read for the many grains that never will.
    /// </summary>
    public async Task SetAsync(bool needed, bool mayExist = true)
    {
        if (registered == needed)
        {
            return;
        }
        if (!needed && !mayExist)
        {
            registered = false;
            return;
        }
        var reminder = await grain.GetReminder(name);
        if (needed && reminder is null)
        {
            await grain.RegisterOrUpdateReminder(name, firstTickAfter, period);
        }
        else if (!needed && reminder is not null)
        {
            await grain.UnregisterReminder(reminder);
        }
        registered = needed;
    }
}
