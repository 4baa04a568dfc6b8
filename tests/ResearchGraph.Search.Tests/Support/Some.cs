using ResearchGraph.Domain;

namespace ResearchGraph.Search.Tests.Support;

/// <summary>Test data: news items and the two sample pages every search test runs against.</summary>
public static class Some
{
    public const string HanPath = "/pages/han.txt";
    public const string LabPath = "/pages/lab.md";

    public static NewsItem Item(string? date, string text, params string[] mentions) => new(date, text, 0, text.Length, mentions);

    /// <summary>A page's items, each starting where the previous ended, as the extractor would give them.</summary>
    public static IReadOnlyList<NewsItem> Page(params NewsItem[] items)
    {
        var start = 0;
        var placed = new List<NewsItem>();
        foreach (var item in items)
        {
            placed.Add(item with { Start = start, End = start + item.Text.Length });
            start += item.Text.Length + 1;
        }

        return placed;
    }

    public static IReadOnlyList<NewsItem> HanPage() => Page(
        Item("2022-09", "PointAcc, a point cloud accelerator, is accepted by MICRO'22.", "project:pointacc", "venue:micro"),
        Item("2021-06", "Our work on efficient point clouds processing with TorchSparse appears at MLSys.", "project:torchsparse", "venue:mlsys"),
        Item("2021", "We received an NSF CAREER award for cloud computing and point sampling.", "award:nsf-career", "org:nsf"),
        Item("2019-03", "GAN Compression reduces the computation of conditional GANs by 9x.", "project:gan-compression"),
        Item("2020-11", "QuantumNAS searches robust quantum circuits on noisy hardware.", "project:quantumnas"),
        Item("2023-01", "The TorchQuantum library for quantum circuit simulation is released.", "project:torchquantum"),
        Item(null, "About the lab: we study efficient deep learning."));

    public static IReadOnlyList<NewsItem> LabPage() => Page(
        Item("2018-05", "Anycost GAN enables interactive image synthesis <b>fast</b> & on the fly.", "project:anycost-gan"),
        Item("2021-02", "Intel integrated HAQ into OpenVINO.", "org:intel", "project:haq"),
        Item("2022-01", "The Qualcomm Innovation Fellowship is awarded to two students.", "award:qualcomm-innovation-fellowship", "org:qualcomm"),
        Item("2020", "An invited talk about generative adversarial networks at Qualcomm.", "org:qualcomm"),
        Item("2024-05-12", "Point cloud segmentation on microcontrollers with MCUNet.", "project:mcunet"));

    public const int SampleItemCount = 12;
}
