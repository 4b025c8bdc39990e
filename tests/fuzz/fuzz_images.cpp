// cxrfair's image reader on any bytes, as a DICOM file (through DCMTK), a PNG and a JPEG:
// declared sizes are checked before anything is allocated.
#include "fuzzsupport.h"

#include "imaging/imagedecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    for (const char* name : {"image.dcm", "image.png", "image.jpg"}) {
        const QString path = cxrfair::fuzz::writeInput(data, size, QLatin1String(name));
        auto image = cxrfair::decodeImage(path);
        if (image && std::size_t(image->image.width) * std::size_t(image->image.height) !=
                         image->image.pixels.size())
            __builtin_trap();
        cxrfair::DecodeOptions small;
        small.maxDimension = 64;
        (void)cxrfair::decodeImage(path, small);
    }
    return 0;
}
