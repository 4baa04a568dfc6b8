namespace ResearchGraph.Queries.Tests.Support;

/// <summary>Small invented pages, written for these tests.</summary>
public static class SamplePages
{
    /// <summary>A homepage with publications, adoptions (some via products), sponsors and an arrow lineage.</summary>
    public const string Homepage = """
        Ada Quill

        Ada Quill leads the Frugal Learning Group.

        News

        Oct 2024: FastNet is adopted by NVIDIA TensorRT.
        Sep 2023: SwiftSeg is integrated into Intel OpenVINO Toolkit.
        Jul 2023: Vino Lite (OpenVINO) is accepted by ICML’23.
        Jun 2023: FastNet is integrated into Intel OpenVINO Toolkit.
        Mar 2023: FastNet is accepted by NeurIPS’23.
        Feb 2024: TinyDet is adopted by NVIDIA TensorRT.
        Feb 2022: FastNet is adopted by NVIDIA TensorRT.
        Jan 2022: TinyDet is accepted by ICLR’22.

        We thank the generous sponsors of our research: Amazon, SONY, Qualcomm.

        FastNet [ICLR’19] => TinyDet [ECCV’18] => SwiftSeg
        FastNet => AtomNet
        """;

    /// <summary>A second page whose entities share nothing with <see cref="Homepage"/>.</summary>
    public const string Unrelated = """
        Bo Lantern

        Bo Lantern studies efficient models.

        News

        May 2021: GlowNet is accepted by CVPR’21.
        """;
}
