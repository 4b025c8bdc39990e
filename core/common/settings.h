#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cxrfair {

/// A value the application remembers between runs, with its key and its type in one place:
/// every remembered value is declared in `settings` below, and nothing else reads QSettings.
template <typename T>
class Setting {
public:
    Setting(const char* key, T fallback = T())
        : m_key(QString::fromLatin1(key))
        , m_fallback(std::move(fallback)) {}

    T value() const {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() ? v.template value<T>() : m_fallback;
    }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    bool isSet() const { return QSettings().contains(m_key); }
    const QString& key() const { return m_key; }

private:
    QString m_key;
    T m_fallback;
};

namespace settings {

inline const Setting<QString> language{"language"}; ///< fr, es, en; empty: the system's
inline const Setting<QString> theme{"theme", QStringLiteral("system")};
inline const Setting<QByteArray> windowGeometry{"window/geometry"};
inline const Setting<QByteArray> windowState{"window/state"};
inline const Setting<QStringList> recentProjects{"recentProjects"}; ///< newest first
inline const Setting<int> tourStep{"tour/step", 0};
/// The figure export dialog's last choices, as FigureSettings::toJson writes them.
inline const Setting<QByteArray> figureSettings{"figure/settings"};
// The folders the file dialogs open in: where the user went last time.
inline const Setting<QString> lastDatasetFolder{"lastDatasetFolder"};
inline const Setting<QString> lastScoreFolder{"lastScoreFolder"};
inline const Setting<QString> lastPublishedFolder{"lastPublishedFolder"};
inline const Setting<QString> lastModelFolder{"lastModelFolder"};
inline const Setting<QString> lastProjectFolder{"lastProjectFolder"};
inline const Setting<QString> lastPromptFolder{"lastPromptFolder"};
inline const Setting<QString> lastExportFolder{"lastExportFolder"};
inline const Setting<QString> lastCheckpointFolder{"lastCheckpointFolder"};
inline const Setting<QString> lastEmbeddingFolder{"lastEmbeddingFolder"};

} // namespace settings

} // namespace cxrfair
