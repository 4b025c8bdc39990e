"""The models the exporter knows, by the names its command line takes (no PyTorch needed, so
that --help and the "PyTorch is not installed" message work without it)."""

MODELS = ["medclip", "biovil", "biovil-t", "medimageinsight", "chexzero", "cxr-clip"]
