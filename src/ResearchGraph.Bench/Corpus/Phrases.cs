namespace ResearchGraph.Bench.Corpus;

/// <summary>The word lists page text is made of, besides names.</summary>
internal static class Phrases
{
    public static readonly string[] Adjectives =
    [
        "Efficient", "Sparse", "Streaming", "Scalable", "Quantized", "Adaptive", "Lightweight", "Robust",
        "Low-Latency", "Memory-Efficient", "Hardware-Aware", "Distributed", "Private", "Fast", "Tiny",
    ];

    public static readonly string[] Nouns =
    [
        "Inference", "Training", "Attention", "Transformers", "Compilation", "Scheduling", "Retrieval",
        "Segmentation", "Detection", "Serving", "Fine-Tuning", "Search", "Simulation", "Storage",
    ];

    public static readonly string[] Domains =
    [
        "Edge Devices", "Large Language Models", "Event Cameras", "Point Clouds", "Microcontrollers",
        "Video Analytics", "Autonomous Driving", "Drones", "Mobile Phones", "Data Centers", "Genomics",
    ];

    public static readonly string[] Roles =
    [
        "Assistant Professor", "Associate Professor", "Professor", "Ph.D. student", "Postdoctoral Researcher",
    ];

    public static readonly string[] Fellowships =
    [
        "Qualcomm Innovation Fellowship", "NVIDIA Graduate Fellowship", "Apple Scholars in AI/ML PhD Fellowship",
        "Google PhD Fellowship", "Meta PhD Fellowship", "Microsoft Research PhD Fellowship",
    ];

    public static readonly string[] Awards =
    [
        "Sloan Research Fellowship", "NSF CAREER Award", "Young Investigator Award", "Early Career Award",
        "Outstanding Dissertation Award", "Faculty Research Award", "Innovators Under 35",
    ];

    public static readonly string[] Results =
    [
        "runs three times faster on a single GPU", "cuts memory by half", "fits in 256 KB of SRAM",
        "reaches real-time speed on a phone", "matches the accuracy of much larger models",
        "reduces energy by 40 percent", "scales to thousands of nodes",
    ];

    public static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>"Korvale: Sparse Attention for Drones".</summary>
    public static string Title(SeededRandom random, string project) =>
        $"{project}: {random.Pick(Adjectives)} {random.Pick(Nouns)} for {random.Pick(Domains)}";
}
