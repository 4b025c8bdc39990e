#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cxrfair {

/// Age groups from ascending edges: [e0,e1), [e1,e2), ..., [eN,inf) labelled `e0-e1`, ...,
/// `eN+`; ages below e0 fall in `<e0`. The study's default is 18, 25, 50, 65, 80.
class AgeBins {
public:
    AgeBins() = default;
    static Result<AgeBins> fromEdges(std::vector<double> edges);
    /// Parses "18,25,50,65,80".
    static Result<AgeBins> parse(const QString& text);
    static AgeBins study() { return AgeBins(); }

    const std::vector<double>& edges() const { return m_edges; }
    /// Every group label in order, `<e0` first.
    QStringList labels() const;
    /// Index into labels() for `age`, or -1 for NaN.
    int indexOf(double age) const;
    QString toString() const;
    bool operator==(const AgeBins&) const = default;

private:
    std::vector<double> m_edges{18, 25, 50, 65, 80};
};

} // namespace cxrfair
