using System.Net.Http.Json;

namespace QuickStart;

/// <summary>
/// A wrapper whose name says nothing about video: its parameters go into the body it posts to /v1/videos, so every
/// call of it is checked with the values the caller passes.
/// </summary>
public sealed class Clips(HttpClient http)
{
    public Task<HttpResponseMessage> Sora(string prompt, string size, int seconds)
        => http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt, size, seconds = seconds.ToString() });
}

/// <summary>A media application's own helpers: "Video" in a name is no Sora request, so these stay silent.</summary>
public static class MediaLibrary
{
    public static Task TrimVideoAsync(string path, int seconds) => Task.CompletedTask;

    public static Task GenerateVideoFromPrompt(string prompt, string model) => Task.CompletedTask;
}

public static class WrapperExamples
{
    public static async Task RunAsync(HttpClient http)
    {
        var clips = new Clips(http);

        // SORA001 on the caller's argument: sora-2 renders 4, 8 or 12 seconds.
        await clips.Sora("Paper boats on a pond", "1280x720", 10);

        // Silent: a media helper, and another provider's model.
        await MediaLibrary.TrimVideoAsync("clip.mp4", seconds: 30);
        await MediaLibrary.GenerateVideoFromPrompt("A fox", "veo-3.1-generate-preview");
    }
}
