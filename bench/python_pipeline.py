"""The study's kind of Python inference pipeline, timed for bench_inference: pydicom decoding,
torchvision transforms on PIL images, a PyTorch DataLoader with worker processes, and the same
TorchScript image encoder, with the preprocessing of the bundle's manifest (resize, crop,
interpolation, mean and standard deviation). Prints one line: images_per_second <rate>."""
import argparse
import json
import time

import numpy as np
import pydicom
import torch
from PIL import Image
from torch.utils.data import DataLoader, Dataset
from torchvision import transforms

INTERPOLATIONS = {"bicubic": transforms.InterpolationMode.BICUBIC,
                  "bilinear": transforms.InterpolationMode.BILINEAR,
                  "nearest": transforms.InterpolationMode.NEAREST}


def transform_of(manifest_path):
    """torchvision's transforms for the manifest's image section."""
    with open(manifest_path, encoding="utf-8") as handle:
        image = json.load(handle)["image"]
    interpolation = INTERPOLATIONS[image.get("interpolation", "bicubic")]
    size = image["size"] if image["resize"] == "shorter" else (image["size"], image["size"])
    steps = [transforms.Resize(size, interpolation=interpolation)]
    if image.get("crop"):
        steps.append(transforms.CenterCrop(image["crop"]))
    steps += [transforms.ToTensor(), transforms.Normalize(image["mean"], image["std"])]
    return transforms.Compose(steps)


class DicomImages(Dataset):
    def __init__(self, files, transform):
        self.files = files
        self.transform = transform

    def __len__(self):
        return len(self.files)

    def __getitem__(self, index):
        pixels = pydicom.dcmread(self.files[index]).pixel_array.astype(np.float32)
        low, high = pixels.min(), pixels.max()
        pixels = (pixels - low) / max(high - low, 1.0)
        image = Image.fromarray((pixels * 255.0).astype(np.uint8)).convert("RGB")
        return self.transform(image)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--manifest", required=True)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    files = [line.strip() for line in open(args.list) if line.strip()]
    transform = transform_of(args.manifest)
    torch.set_num_threads(args.threads)
    model = torch.jit.load(args.model).eval()
    loader = DataLoader(DicomImages(files, transform), batch_size=args.batch,
                        num_workers=args.workers)
    done = 0
    start = time.perf_counter()
    with torch.no_grad():
        for batch in loader:
            model(batch)
            done += batch.shape[0]
    print("images_per_second %.3f" % (done / (time.perf_counter() - start)))


if __name__ == "__main__":
    main()
