#pragma warning disable OPENAI001 // VideoClient is experimental in the OpenAI SDK.
using System.ClientModel;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using OpenAI.Videos;

namespace QuickStart;

/// <summary>
/// How applications really build Sora requests: request bodies, not method parameters. Each method
/// holds one mistake the API would reject. Nothing here runs in the sample; the build checks it.
/// </summary>
public static class Payloads
{
    // The official OpenAI .NET SDK takes a BinaryContent: the anonymous object is the request.
    // SORA001: sora-2 (the API's default model) does not render 10 seconds.
    public static async Task WithTheOpenAISdk(VideoClient client)
    {
        using BinaryContent content = BinaryContent.Create(BinaryData.FromObjectAsJson(new
        {
            prompt = "A paper boat drifting down a rainy street",
            seconds = "10",
        }));
        await client.CreateVideoAsync(content, "application/json");
    }

    // An HttpClient user with a typed body. SORA003: 1920x1080 is no Sora size.
    public static Task<HttpResponseMessage> WithATypedBody(HttpClient http)
        => http.PostAsJsonAsync("v1/videos", new VideoJobRequest
        {
            Model = "sora-2-pro",
            Prompt = "Aerial view of a glacier",
            Resolution = "1920x1080",
        });

    // A dictionary body. SORA002: the model is 'sora-2-pro'.
    public static Task<HttpResponseMessage> WithADictionary(HttpClient http)
        => http.PostAsJsonAsync("v1/videos", new Dictionary<string, object>
        {
            ["model"] = "sora2-pro",
            ["prompt"] = "A hummingbird in slow motion",
            ["seconds"] = "15",
        });

    // JSON text in a raw string literal. SORA001: sora-2-pro renders 10, 15 or 25 seconds.
    public static Task<HttpResponseMessage> WithJsonText(HttpClient http)
    {
        const string body = """
            {
              "model": "sora-2-pro",
              "prompt": "Waves crashing on black sand",
              "seconds": "20",
              "size": "1792x1024"
            }
            """;
        return http.PostAsync("v1/videos", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
    }

    // A multipart form, the shape used to send a reference image. SORA003: sora-2 renders 1280x720 or 720x1280.
    public static Task<HttpResponseMessage> WithAMultipartForm(HttpClient http, byte[] referenceImage)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("sora-2"), "model");
        form.Add(new StringContent("Turn this sketch into a short animation"), "prompt");
        form.Add(new StringContent("1024x1792"), "size");
        form.Add(new ByteArrayContent(referenceImage), "input_reference", "sketch.png");
        return http.PostAsync("v1/videos", form);
    }

    // A model this team added in sora-rules.json: valid, so no warning.
    public static object WithATeamModel() => new { model = "sora-2-relay", seconds = 20, size = "1280x720" };
}

public sealed class VideoJobRequest
{
    [JsonPropertyName("model")] public string? Model { get; set; }

    [JsonPropertyName("prompt")] public string? Prompt { get; set; }

    [JsonPropertyName("size")] public string? Resolution { get; set; }
}
