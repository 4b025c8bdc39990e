"""ResNet-50 (He et al. 2016) from torchvision, up to its last feature map."""

from torch import Tensor, nn

from .errors import ExportError


class ResNetTrunk(nn.Module):
    """torchvision's ResNet-50 without its pooling and classifier: [B, 3, H, W] to the
    [B, 2048, H/32, W/32] feature map. Parameter names are torchvision's (conv1, layer1, ...)."""

    def __init__(self):
        super().__init__()
        try:
            import torchvision
        except ImportError:
            raise ExportError("this model's image encoder is torchvision's ResNet-50: install "
                              "torchvision (Debian: apt install python3-torchvision)") from None
        resnet = torchvision.models.resnet50()
        self.conv1, self.bn1, self.relu, self.maxpool = resnet.conv1, resnet.bn1, resnet.relu, resnet.maxpool
        self.layer1, self.layer2, self.layer3, self.layer4 = resnet.layer1, resnet.layer2, resnet.layer3, resnet.layer4

    def forward(self, x: Tensor) -> Tensor:
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        return self.layer4(self.layer3(self.layer2(self.layer1(x))))
