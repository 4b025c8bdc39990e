#include "common/jsonfields.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <vector>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::JsonFields)
};

/// Edit distance with adjacent transpositions counted as one edit ("resampels" is one away
/// from "resamples"): the optimal string alignment distance.
int editDistance(const QString& a, const QString& b) {
    const size_t n = size_t(a.size());
    const size_t m = size_t(b.size());
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (size_t i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (size_t j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (size_t i = 1; i <= n; ++i) {
        for (size_t j = 1; j <= m; ++j) {
            const int cost = a[qsizetype(i - 1)] == b[qsizetype(j - 1)] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[qsizetype(i - 1)] == b[qsizetype(j - 2)] &&
                a[qsizetype(i - 2)] == b[qsizetype(j - 1)])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

Error fieldError(const QString& message) {
    return Error{ErrorCode::InvalidValue, message, {}, -1, {}, {}, {}};
}

} // namespace

Result<QByteArray> readJsonBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("cannot read: %1").arg(file.errorString()), path);
    if (file.size() > kMaxJsonFileBytes)
        return fail(ErrorCode::Format,
                    Tr::tr("%1 MB is too large for a configuration file (at most %2 MB)")
                        .arg(file.size() >> 20)
                        .arg(kMaxJsonFileBytes >> 20),
                    path);
    return file.readAll();
}

Result<QJsonObject> parseJsonObject(const QByteArray& bytes, const QString& path) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        return fail(ErrorCode::Format,
                    Tr::tr("not valid JSON at line %1, column %2: %3")
                        .arg(line)
                        .arg(column)
                        .arg(error.errorString()),
                    path);
    }
    if (!doc.isObject())
        return fail(ErrorCode::Format, Tr::tr("the JSON must be an object ({...})"), path);
    return doc.object();
}

Result<QJsonObject> readJsonObjectFile(const QString& path) {
    auto bytes = readJsonBytes(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    return parseJsonObject(*bytes, path);
}

QString nearestKey(const QString& key, const QStringList& known) {
    QString best;
    int bestDistance = std::max<int>(2, int(key.size()) / 3) + 1;
    for (const QString& candidate : known) {
        const int d = editDistance(key.toLower(), candidate.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

Result<QStringList> stringList(const QJsonValue& value, const QString& path) {
    QStringList out;
    bool ok = value.isArray();
    for (const QJsonValue& v : value.toArray()) {
        ok = ok && v.isString() && !v.toString().isEmpty();
        out << v.toString();
    }
    if (!ok)
        return std::unexpected(
            fieldError(Tr::tr("\"%1\" must be a list of names, e.g. [\"a\", \"b\"]").arg(path)));
    return out;
}

JsonFields::JsonFields(QJsonObject object, QString where)
    : m_object(std::move(object))
    , m_where(std::move(where)) {}

bool JsonFields::has(const char* key) const {
    return m_object.contains(QLatin1String(key));
}

QString JsonFields::path(const char* key) const {
    return m_where.isEmpty() ? QString::fromLatin1(key)
                             : m_where + QLatin1Char('.') + QLatin1String(key);
}

const QJsonValue* JsonFields::take(const char* key) {
    m_known.insert(QString::fromLatin1(key));
    const auto it = m_object.constFind(QLatin1String(key));
    if (it == m_object.constEnd())
        return nullptr;
    m_value = it.value();
    return &m_value;
}

void JsonFields::alsoKnown(const QStringList& keys) {
    for (const QString& key : keys)
        m_known.insert(key);
}

void JsonFields::invalid(const char* key, const QString& expected) {
    record(fieldError(Tr::tr("\"%1\" must be %2").arg(path(key), expected)));
}

void JsonFields::record(Error error) {
    if (!m_error)
        m_error = std::move(error);
}

void JsonFields::text(const char* key, QString& out) {
    if (const QJsonValue* v = take(key)) {
        if (v->isString())
            out = v->toString();
        else
            invalid(key, Tr::tr("a string"));
    }
}

void JsonFields::flag(const char* key, bool& out) {
    if (const QJsonValue* v = take(key)) {
        if (v->isBool())
            out = v->toBool();
        else
            invalid(key, Tr::tr("true or false"));
    }
}

void JsonFields::number(const char* key, double& out, double low, double high) {
    if (const QJsonValue* v = take(key)) {
        if (v->isDouble() && v->toDouble() >= low && v->toDouble() <= high)
            out = v->toDouble();
        else
            invalid(key, Tr::tr("a number from %1 to %2").arg(low).arg(high));
    }
}

void JsonFields::whole(const char* key, int& out, int low, int high) {
    if (const QJsonValue* v = take(key)) {
        const double d = v->toDouble();
        if (v->isDouble() && d >= low && d <= high && d == double(qint64(d)))
            out = int(d);
        else
            invalid(key, Tr::tr("a whole number from %1 to %2").arg(low).arg(high));
    }
}

void JsonFields::texts(const char* key, QStringList& out) {
    if (const QJsonValue* v = take(key)) {
        auto list = stringList(*v, path(key));
        if (list)
            out = *list;
        else
            record(list.error());
    }
}

std::optional<QJsonObject> JsonFields::object(const char* key) {
    if (const QJsonValue* v = take(key)) {
        if (v->isObject())
            return v->toObject();
        invalid(key, Tr::tr("an object ({...})"));
    }
    return std::nullopt;
}

std::optional<QJsonArray> JsonFields::array(const char* key) {
    if (const QJsonValue* v = take(key)) {
        if (v->isArray())
            return v->toArray();
        invalid(key, Tr::tr("a list ([...])"));
    }
    return std::nullopt;
}

QJsonValue JsonFields::value(const char* key) {
    const QJsonValue* v = take(key);
    return v ? *v : QJsonValue(QJsonValue::Undefined);
}

Result<void> JsonFields::finish(const QString& file) const {
    auto named = [&](Error e) {
        if (e.file.isEmpty())
            e.file = file;
        return std::unexpected(std::move(e));
    };
    if (m_error)
        return named(*m_error);
    const QStringList known(m_known.begin(), m_known.end());
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (m_known.contains(it.key()))
            continue;
        QStringList sorted = known;
        sorted.sort();
        const QString near = nearestKey(it.key(), sorted);
        const QString key = m_where.isEmpty() ? it.key() : m_where + QLatin1Char('.') + it.key();
        const QString in = file.isEmpty() ? QString() : Tr::tr(" in %1").arg(file);
        const QString message =
            near.isEmpty() ? Tr::tr("unknown key '%1'%2 (known keys: %3)")
                                 .arg(key, in, sorted.join(QStringLiteral(", ")))
                           : Tr::tr("unknown key '%1'%2; did you mean '%3'?").arg(key, in, near);
        return std::unexpected(Error{ErrorCode::InvalidValue, message, file, -1, {}, {}, {}});
    }
    return {};
}

} // namespace cxrfair
