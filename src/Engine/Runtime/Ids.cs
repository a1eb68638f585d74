using System.Buffers.Binary;
using System.Security.Cryptography;

namespace WorkflowOffice.Engine.Runtime;

/// <summary>
/// Ids for tokens, tasks, timers and instances. <see cref="Guid.NewGuid"/> reads the kernel's random source on
/// every call (a system call that dominated the step); these are a per-process random half plus a counter:
/// unique within the process by the counter, across processes by 64 random bits, and increasing, which keeps
/// database indexes compact.
/// </summary>
public static class Ids
{
    private static readonly ulong ProcessPart = BinaryPrimitives.ReadUInt64LittleEndian(RandomNumberGenerator.GetBytes(8));
    private static long _counter = (long)(BinaryPrimitives.ReadUInt64LittleEndian(RandomNumberGenerator.GetBytes(8)) >> 24);

    /// <summary>A new unique id.</summary>
    public static Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, Interlocked.Increment(ref _counter));
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], ProcessPart);
        return new Guid(bytes, bigEndian: true);
    }
}
