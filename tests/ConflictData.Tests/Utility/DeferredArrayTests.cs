using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictData.Utility;

namespace ConflictData.Tests.Utility;

public class DeferredArrayTests
{
    [Fact]
    public void Value_IsMadeOnFirstRead_ThenKept()
    {
        int made = 0;
        var deferred = new DeferredArray<int>(() =>
        {
            made++;
            return [1, 2, 3];
        });
        Assert.Equal(0, made);
        var first = deferred.Value;
        var second = deferred.Value;
        Assert.Equal(1, made);
        Assert.Equal([1, 2, 3], first.ToArray());
        Assert.True(first == second, "the same array is returned on every read");
    }

    [Fact]
    public void Value_GivenAtConstruction_IsReturnedAsItIs()
    {
        ImmutableArray<string> given = ["a"];
        Assert.True(new DeferredArray<string>(given).Value == given);
        Assert.True(new DeferredArray<string>([]).Value.IsEmpty);
    }

    [Fact]
    public async Task Value_ReadByManyThreadsAtOnce_IsOneArrayForAll()
    {
        for (int round = 0; round < 50; round++)
        {
            int made = 0;
            using var start = new ManualResetEventSlim();
            var deferred = new DeferredArray<int>(() =>
            {
                Interlocked.Increment(ref made);
                return [round];
            });
            var reads = new Task<ImmutableArray<int>>[8];
            for (int i = 0; i < reads.Length; i++)
            {
                reads[i] = Task.Run(() =>
                {
                    start.Wait();
                    return deferred.Value;
                });
            }
            start.Set();
            var results = await Task.WhenAll(reads);
            Assert.InRange(made, 1, reads.Length);
            foreach (var result in results)
            {
                Assert.True(result == results[0], "every thread gets the array published first");
                Assert.Equal([round], result.ToArray());
            }
        }
    }
}
