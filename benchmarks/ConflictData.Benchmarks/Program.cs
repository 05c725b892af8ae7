using System;
using BenchmarkDotNet.Running;
using ConflictData.Benchmarks.Reconciliation;

namespace ConflictData.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == ReconcilerHarness.Command)
        {
            ReconcilerHarness.Run(args[1..]);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
