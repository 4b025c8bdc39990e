#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cxrfair {

/// One thing wrong with the input that did not stop the load: where it is and what it is.
struct Problem {
    QString file;
    qint64 row = -1; ///< line in `file` (header = 1), or -1
    QString column;
    QString message;

    QJsonObject toJson() const;
    QString toString() const;
};

/// Collects problems while a dataset loads. Every problem is counted; the first `limit` are
/// kept with their details (a dataset with 100,000 missing images should not need 100,000
/// messages in memory to say so).
class ProblemLog {
public:
    explicit ProblemLog(qsizetype limit = 10000)
        : m_limit(limit) {}

    void add(Problem problem);
    void add(const QString& file, qint64 row, const QString& column, const QString& message) {
        add(Problem{file, row, column, message});
    }
    /// Adds everything `other` holds (its count included) after what this log holds.
    void append(const ProblemLog& other);
    const QList<Problem>& listed() const { return m_listed; }
    qint64 total() const { return m_total; }
    qint64 unlisted() const { return m_total - m_listed.size(); }
    bool isEmpty() const { return m_total == 0; }

private:
    qsizetype m_limit = 10000;
    QList<Problem> m_listed;
    qint64 m_total = 0;
};

} // namespace cxrfair
