using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>
/// The LSP base protocol over a byte stream: each message is <c>Content-Length: N\r\n</c> (other headers may follow),
/// an empty line, then N bytes of UTF-8 JSON.
/// </summary>
public sealed class LspFraming
{
    private const string ContentLength = "Content-Length:";

    private readonly Stream _input;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    public LspFraming(Stream input) => _input = input;

    public static async Task WriteAsync(Stream output, JsonNode message, CancellationToken cancellation)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        byte[] header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{ContentLength} {body.Length}\r\n\r\n"));
        await output.WriteAsync(header, cancellation);
        await output.WriteAsync(body, cancellation);
        await output.FlushAsync(cancellation);
    }

    /// <summary>The next message, or null when the stream ended between messages.</summary>
    public async Task<JsonNode?> ReadAsync(CancellationToken cancellation)
    {
        int? length = null;
        while (true)
        {
            string? line = await ReadHeaderLineAsync(cancellation);
            if (line == null)
            {
                return length == null ? null : throw new EndOfStreamException("The stream ended inside a message's headers.");
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith(ContentLength, StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.AsSpan(ContentLength.Length).Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        if (length == null)
        {
            throw new InvalidDataException("A message arrived without a Content-Length header.");
        }

        byte[] body = new byte[length.Value];
        int read = Math.Min(length.Value, _end - _start);
        Array.Copy(_buffer, _start, body, 0, read);
        _start += read;
        while (read < body.Length)
        {
            int count = await _input.ReadAsync(body.AsMemory(read), cancellation);
            if (count == 0)
            {
                throw new EndOfStreamException($"The stream ended after {read} of a message's {body.Length} bytes.");
            }

            read += count;
        }

        return JsonNode.Parse(body);
    }

    /// <summary>One header line without its CRLF; null at the end of the stream.</summary>
    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellation)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await _input.ReadAsync(_buffer, cancellation);
                if (_end == 0)
                {
                    return line.Length == 0 ? null : throw new EndOfStreamException("The stream ended inside a header line.");
                }
            }

            char c = (char)_buffer[_start++];
            if (c == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append(c);
        }
    }
}
