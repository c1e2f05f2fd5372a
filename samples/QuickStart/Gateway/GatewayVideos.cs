using System.Net.Http.Json;

namespace QuickStart.Gateway;

/// <summary>
/// Since Sora's shutdown, gateways serve other models on the same POST /v1/videos. The client's BaseAddress names
/// LLMGateway, whose table applies here: Veo 3.1 takes 4, 6, 8 or 10 seconds, sent as a JSON integer. A model that no
/// table knows is another provider's, with limits of its own, and stays silent. (A model chosen at run time is checked
/// against what no model of the table takes, because this project chose its table with a sora-rules.json.)
/// Nothing here runs in the sample.
/// </summary>
public sealed class GatewayVideos
{
    private readonly HttpClient _llmGateway = new() { BaseAddress = new Uri("https://api.llmgateway.io/") };

    // SORA001: Veo 3.1 takes 4, 6, 8 or 10 seconds.
    public Task<HttpResponseMessage> CreateVeoAsync(string prompt)
        => _llmGateway.PostAsJsonAsync("v1/videos", new { model = "veo-3.1-generate-preview", prompt, seconds = 12, size = "1920x1080" });

    // Silent: another provider's model, with the fields its API takes.
    public Task<HttpResponseMessage> CreateKlingAsync(HttpClient gateway, string prompt)
        => gateway.PostAsJsonAsync("v1/videos", new { model = "kling-v2-master", prompt, duration = 5, aspect_ratio = "16:9" });
}
