namespace QuickStart;

/// <summary>The kind of thin wrapper over POST /v1/videos that applications write.</summary>
public sealed class VideoStudio
{
    public Task<string> CreateVideoAsync(string prompt, string model = "sora-2", int seconds = 4, string size = "1280x720")
        => Task.FromResult($"queued {model} {seconds}s {size}: {prompt}");

    public Task<string> GenerateVideoAsync(string prompt, string model, string seconds)
        => Task.FromResult($"queued {model} {seconds}s: {prompt}");
}
