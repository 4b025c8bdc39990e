// The .npy reader on any bytes: a header that does not fit the data is an error, never an
// allocation beyond the file or a read past it.
#include "fuzzsupport.h"

#include "embedding/npy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path = cxrfair::fuzz::writeInput(data, size, QStringLiteral("array.npy"));
    auto matrix = cxrfair::readNpy(path);
    if (matrix && matrix->data.size() != std::size_t(matrix->rows * matrix->cols))
        __builtin_trap();
    return 0;
}
