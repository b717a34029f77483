using System.Text;
using Orleans.Storage;

namespace KakakAsuh.Storage.GrainState;

/// <summary>
/// Refuses to hand Orleans' Azure table grain storage a state it would store cut off. With <c>UseStringFormat</c> that
/// storage checks the serialized state against 983,040 bytes (15 columns × 64 KiB) but splits the JSON into columns of
/// 32,768 characters and pairs them with 15 column names (<c>StringData</c>, <c>StringData1</c>..<c>14</c>): characters
/// beyond 491,520 are dropped without a word, and the stored JSON no longer loads. Here such a write throws instead,
/// before anything is sent, so the stored state stays whole (and a workflow grain restores its state and refuses).
/// </summary>
public sealed class BoundedGrainStateSerializer(IGrainStorageSerializer inner) : IGrainStorageSerializer
{
    /// <summary>The most characters of JSON the string format stores: 15 columns of 32,768 characters.</summary>
    public const int MaxCharacters = 15 * 32 * 1024;

    public BinaryData Serialize<T>(T? input)
    {
        var data = inner.Serialize(input);
        var bytes = data.ToMemory().Span;
        // A UTF-8 byte is at most one character, so only a state of more bytes than the bound needs counting.
        if (bytes.Length > MaxCharacters && Encoding.UTF8.GetCharCount(bytes) is var characters && characters > MaxCharacters)
        {
            throw new GrainStateTooLargeException(typeof(T), characters);
        }
        return data;
    }

    public T? Deserialize<T>(BinaryData input) => inner.Deserialize<T>(input);
}
