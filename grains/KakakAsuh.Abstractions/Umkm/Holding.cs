namespace KakakAsuh.Umkm;

/// <summary>Something a UMKM can hold; tracks require and grant these.</summary>
public enum Holding
{
    Nib,
    Qris,
    Halal,
    TrademarkFiled,
    Trademark,
}
