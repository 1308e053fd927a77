namespace Nerava.Api.Hosting.Guard;

/// <summary>
/// Parses a form body once (the handler gets the cached form): a NUL, a bad multipart layout or too many keys is the
/// client's error, not ours.
/// </summary>
public static class FormCheck
{
    public static async Task<BodyRejection?> CheckAsync(HttpRequest request, long limit)
    {
        var (body, complete) = await BodyBuffer.ReadAsync(request.Body, limit, request.HttpContext.RequestAborted);
        if (!complete)
        {
            return RequestGuardMiddleware.TooLarge(limit);
        }

        if (body.AsSpan().IndexOf((byte)0) >= 0
            || (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
                && body.AsSpan().IndexOf("%00"u8) >= 0))
        {
            return new BodyRejection(400, ErrorCodes.InvalidCharacters, "The request contains characters we do not accept.",
                "A form field holds a NUL character.");
        }

        request.Body = new MemoryStream(body, writable: false);
        try
        {
            await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException or InvalidOperationException)
        {
            // The framework's messages name the rule broken ("Form value count limit 1024 exceeded", "Unexpected end of
            // Stream") and echo nothing the client sent.
            return new BodyRejection(400, ErrorCodes.MalformedRequest, "The form could not be read.", ex.Message);
        }
    }
}
