global using KakakAsuh.Benchmarks.Hosting;
global using Xunit;
global using Xunit.Abstractions;

// The scenarios start whole clusters of processes: one at a time on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
