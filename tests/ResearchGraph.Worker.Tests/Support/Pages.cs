namespace ResearchGraph.Worker.Tests.Support;

/// <summary>Small invented pages, written for these tests.</summary>
public static class Pages
{
    public const string Ada = """
        Ada Quill

        Ada Quill leads the Frugal Learning Group.

        News

        Oct 2024: FastNet is adopted by NVIDIA TensorRT.
        Sep 2023: SwiftSeg is integrated into Intel OpenVINO Toolkit.
        """;

    public const string AdaRevised = """
        Ada Quill

        Ada Quill leads the Frugal Learning Group.

        News

        Oct 2024: FastNet is adopted by NVIDIA TensorRT.
        """;

    public const string Bo = """
        Bo Lantern

        Bo Lantern studies efficient models.

        News

        Nov 2024: FastNet is adopted by NVIDIA TensorRT.
        May 2021: GlowNet is accepted by CVPR’21.
        """;
}
