#include "data/agebins.h"

#include <algorithm>
#include <cmath>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::AgeBins)
};
QString number(double v) {
    return QString::number(v, 'g', 6);
}
} // namespace

Result<AgeBins> AgeBins::fromEdges(std::vector<double> edges) {
    if (edges.empty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("age bins need at least one edge"));
    for (size_t i = 0; i < edges.size(); ++i) {
        if (!std::isfinite(edges[i]) || edges[i] < 0)
            return fail(ErrorCode::InvalidArgument, Tr::tr("age bin edges must be finite ages"));
        if (i > 0 && edges[i] <= edges[i - 1])
            return fail(ErrorCode::InvalidArgument, Tr::tr("age bin edges must increase"));
    }
    AgeBins bins;
    bins.m_edges = std::move(edges);
    return bins;
}

Result<AgeBins> AgeBins::parse(const QString& text) {
    std::vector<double> edges;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("'%1' is not an age").arg(part.trimmed()));
        edges.push_back(v);
    }
    return fromEdges(std::move(edges));
}

QStringList AgeBins::labels() const {
    QStringList out;
    out << QStringLiteral("<") + number(m_edges.front());
    for (size_t i = 0; i + 1 < m_edges.size(); ++i)
        out << number(m_edges[i]) + QLatin1Char('-') + number(m_edges[i + 1]);
    out << number(m_edges.back()) + QLatin1Char('+');
    return out;
}

int AgeBins::indexOf(double age) const {
    if (std::isnan(age))
        return -1;
    // upper_bound gives the number of edges <= age, which is the label index.
    return int(std::upper_bound(m_edges.begin(), m_edges.end(), age) - m_edges.begin());
}

QString AgeBins::toString() const {
    QStringList parts;
    for (double e : m_edges)
        parts << number(e);
    return parts.join(QLatin1Char(','));
}

} // namespace cxrfair
