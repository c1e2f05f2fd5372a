using System.Net.Http.Json;

namespace QuickStart.Official;

/// <summary>
/// Requests written for OpenAI's own endpoint, https://api.openai.com/v1/videos. Its host picks the openai table (the
/// rest of the sample keeps the relay's apiyi table): it takes exactly model, prompt, seconds, size and input_reference,
/// and seconds only as a string. OpenAI shut the Sora 2 models down on 2026-09-24, so each request is also SORA007,
/// without a fix: OpenAI names no replacement. Nothing here runs in the sample.
/// </summary>
public sealed class OpenAIVideos(HttpClient http)
{
    // SORA005: the endpoint answers a JSON number for seconds with HTTP 400. SORA006: it knows no n_variants.
    public Task<HttpResponseMessage> CreateAsync(string prompt)
        => http.PostAsJsonAsync("https://api.openai.com/v1/videos", new { model = "sora-2", prompt, seconds = 8, n_variants = 2 });

    // SORA006: the duration field is called seconds.
    public Task<HttpResponseMessage> CreateLandscapeAsync(string prompt)
        => http.PostAsJsonAsync("https://api.openai.com/v1/videos", new Dictionary<string, object>
        {
            ["model"] = "sora-2-pro",
            ["prompt"] = prompt,
            ["duration"] = "12",
            ["size"] = "1792x1024",
        });
}
