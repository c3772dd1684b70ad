using System.Text;
using Cpic.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http;

namespace Cpic.BuildingBlocks.Imports;

/// <summary>Reads an uploaded text file (CSV, NDJSON): size-limited (413) and strictly UTF-8 (400), before anything is stored.</summary>
public static class TextUpload
{
    /// <summary>What a multipart/form-data upload adds to the file (boundaries, part headers).</summary>
    public const int FormOverhead = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text from the raw body (text/csv, application/x-ndjson) or from the first file of a multipart/form-data upload.</summary>
    public static async Task<string> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            if (request.ContentLength > maxBytes + FormOverhead)
            {
                throw TooLarge(maxBytes); // before the form reader buffers it
            }

            var form = await request.ReadFormAsync(ct);
            var file = form.Files.Count > 0 ? form.Files[0] : throw new UnprocessableException("file", "Attach the file.");
            await using var stream = file.OpenReadStream();
            return await ReadLimitedAsync(stream, file.Length, maxBytes, ct);
        }

        return await ReadLimitedAsync(request.Body, request.ContentLength, maxBytes, ct);
    }

    private static async Task<string> ReadLimitedAsync(Stream body, long? length, int maxBytes, CancellationToken ct)
    {
        if (length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw TooLarge(maxBytes);
            }
        }

        try
        {
            return StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            // A Windows-1250 export would otherwise turn Czech letters into U+FFFD and codes would silently not match.
            throw new MalformedRequestException("The file is not UTF-8 text; save it as CSV (UTF-8) and upload it again.");
        }
    }

    private static ProblemException TooLarge(int limit) =>
        new(ProblemTypes.PayloadTooLarge, $"The file exceeds {limit / 1024} KB; split it.");
}
