namespace KakakAsuh.Silo;

/// <summary>Runs one silo until it is told to stop (SIGTERM, Ctrl-C).</summary>
public static class Program
{
    public static Task Main(string[] args) => SiloHost.Build(args).RunAsync();
}
