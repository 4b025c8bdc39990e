#pragma once

#include "common/error.h"
#include "imaging/grayimage.h"
#include "imaging/resample.h"

#include <QJsonObject>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace cxrfair {

enum class ResizePolicy {
    Exact,       ///< stretch to size x size (MedImageInsight, MedCLIP after padding)
    ShorterSide, ///< shorter side to `size`, keeping the aspect ratio (torchvision Resize(int))
    LongerSide,  ///< longer side to `size`, keeping the aspect ratio
};

QString resizePolicyName(ResizePolicy policy); ///< exact, shorter, longer
std::optional<ResizePolicy> parseResizePolicy(const QString& name);

/// Everything a model bundle declares about turning a radiograph into its input tensor, applied
/// in this order: pad to square, resize, centre crop, replicate channels, scale, normalise.
struct PreprocessSpec {
    int size = 224;
    ResizePolicy resize = ResizePolicy::ShorterSide;
    bool padToSquare = false;
    Interpolation interpolation = Interpolation::Bicubic;
    bool antialias = true;
    int cropSize = 224; ///< centre crop (padded with black when the image is smaller); 0: none
    int channels = 3;   ///< 1 or 3 (the grey image repeated)
    /// Grey levels are first mapped to [0, scale]: 1 for [0, 1], 255 for [0, 255].
    float scale = 1.0f;
    std::array<float, 3> mean{0.0f, 0.0f, 0.0f};
    std::array<float, 3> std{1.0f, 1.0f, 1.0f};

    /// The output height and width, when fixed (a crop, or an exact resize); nullopt otherwise.
    std::optional<std::pair<int, int>> outputSize() const;
    Result<void> validate() const;
    QJsonObject toJson() const;
    /// Reads what toJson writes (at `where` in its file); `otherKeys` are keys of the same
    /// object that the caller reads. A wrong type or an unknown key is an error.
    static Result<PreprocessSpec> fromJson(const QJsonObject& json, const QString& where = {},
                                           const QStringList& otherKeys = {});
    bool operator==(const PreprocessSpec&) const = default;
};

/// A float tensor in CHW order.
struct ChwTensor {
    int channels = 0;
    int height = 0;
    int width = 0;
    std::vector<float> data;
};

/// Applies `spec` to `image`. With a fixed output size (see outputSize), writes exactly
/// channels * height * width floats.
Result<ChwTensor> preprocess(const GrayImage& image, const PreprocessSpec& spec);

} // namespace cxrfair
