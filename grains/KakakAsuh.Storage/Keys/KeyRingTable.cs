using System.Xml.Linq;
using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace KakakAsuh.Storage.Keys;

/// <summary>
/// The Data Protection key ring in table storage (<see cref="ProgrammeTables.KeyRing"/>), one row per key under the
/// cluster's service id, so every silo of a cluster protects and unprotects with the same keys and a restarted or
/// new silo reads what the others wrote. Data Protection calls it rarely (at start and when the ring refreshes, about
/// daily) and synchronously: its interface has no asynchronous form.
/// </summary>
public sealed class KeyRingTable(TableClient table, string serviceId) : IXmlRepository
{
    private const string XmlColumn = "Xml";
    private bool created;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureTable();
        return [.. table.Query<TableEntity>(e => e.PartitionKey == serviceId).Select(e => XElement.Parse(e.GetString(XmlColumn)))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        EnsureTable();
        try
        {
            table.AddEntity(new TableEntity(serviceId, friendlyName) { [XmlColumn] = element.ToString(SaveOptions.DisableFormatting) });
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Key names are new GUIDs: a conflict is this very key, written by a retried request.
        }
    }

    private void EnsureTable()
    {
        if (!created)
        {
            table.CreateIfNotExists();
            created = true;
        }
    }
}
