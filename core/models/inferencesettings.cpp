#include "models/inferencesettings.h"

namespace cxrfair {

QString deviceChoiceName(DeviceChoice choice) {
    switch (choice) {
    case DeviceChoice::Cpu:
        return QStringLiteral("cpu");
    case DeviceChoice::Cuda:
        return QStringLiteral("cuda");
    case DeviceChoice::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<DeviceChoice> parseDeviceChoice(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("auto"))
        return DeviceChoice::Auto;
    if (n == QStringLiteral("cpu"))
        return DeviceChoice::Cpu;
    if (n == QStringLiteral("cuda") || n == QStringLiteral("gpu"))
        return DeviceChoice::Cuda;
    return std::nullopt;
}

} // namespace cxrfair
