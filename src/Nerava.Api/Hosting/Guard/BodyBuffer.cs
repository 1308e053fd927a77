using System.Buffers;

namespace Nerava.Api.Hosting.Guard;

/// <summary>Reads a request body into memory, stopping one byte past the limit.</summary>
public static class BodyBuffer
{
    /// <returns>The bytes read, and false when the body is longer than <paramref name="limit"/>.</returns>
    public static async Task<(byte[] Body, bool Complete)> ReadAsync(Stream body, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    return ([], false);
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel enforces the same limit on bodies without a Content-Length.
            return ([], false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return (buffer.ToArray(), true);
    }
}
