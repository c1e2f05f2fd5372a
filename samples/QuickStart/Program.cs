using QuickStart;

var studio = new VideoStudio();

// SORA001: sora-2 renders 4, 8 or 12 seconds. The API answers HTTP 400:
// "Invalid value: '10'. Supported values are: '4', '8', and '12'."
Console.WriteLine(await studio.CreateVideoAsync("A red fox runs through snow", seconds: 10));

// SORA002: the model is called 'sora-2-pro'.
Console.WriteLine(await studio.GenerateVideoAsync("Drone shot over a harbour", model: "sora-2pro", seconds: "10"));

// SORA003: 1792x1024 is a sora-2-pro size; sora-2 renders 1280x720 and 720x1280.
Console.WriteLine(await studio.CreateVideoAsync("Timelapse of a city at night", model: "sora-2", seconds: 8, size: "1792x1024"));

// A duration from a constant is checked too.
const int TrailerSeconds = 30;
Console.WriteLine(await studio.CreateVideoAsync("Product trailer", model: "sora-2-pro", seconds: TrailerSeconds));

// Valid: no warning.
Console.WriteLine(await studio.CreateVideoAsync("A calm lake at dawn", model: "sora-2-pro", seconds: 15, size: "1792x1024"));

// Wrappers.cs: a wrapper of any name is checked where it is called; a media app's own "Video" helpers are not.

// Official/ and Gateway/: requests whose URL or client names OpenAI's or LLMGateway's host, checked by that host's table.
