global using KakakAsuh.Testing;
global using Xunit;
global using Xunit.Abstractions;

// The scenarios start whole clusters of processes: one at a time on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// Minutes of real processes: `dotnet test --filter "Category!=Fault&Category!=Browser"` leaves them (and the browser tests) out.
[assembly: AssemblyTrait("Category", "Fault")]
