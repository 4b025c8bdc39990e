"""Turns the published CLIP chest X-ray models into cxrfair model bundles (NAME.cxrmodel/).

The architectures are defined here (CLIP ViT, BERT, the BioViL and CXR-CLIP heads); ResNet-50
comes from torchvision. See docs/models.md.
"""
