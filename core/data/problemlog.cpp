#include "data/problemlog.h"

#include "common/error.h"

#include <QCoreApplication>

namespace cxrfair {

QJsonObject Problem::toJson() const {
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("row"), row < 0 ? QJsonValue() : QJsonValue(row)},
        {QStringLiteral("column"), column.isEmpty() ? QJsonValue() : QJsonValue(column)},
        {QStringLiteral("message"), message}};
}

QString Problem::toString() const {
    QString where = file;
    if (row >= 0)
        where += QCoreApplication::translate("cxrfair::Problem", ", row %1").arg(row);
    if (!column.isEmpty())
        where += QCoreApplication::translate("cxrfair::Problem", ", column '%1'").arg(column);
    return where + QStringLiteral(": ") + message;
}

void ProblemLog::add(Problem problem) {
    ++m_total;
    problem.message = elidedForMessage(problem.message);
    problem.column = elidedForMessage(problem.column, 120);
    if (m_listed.size() < m_limit)
        m_listed.append(std::move(problem));
}

void ProblemLog::append(const ProblemLog& other) {
    for (const Problem& p : other.m_listed) {
        if (m_listed.size() < m_limit)
            m_listed.append(p);
    }
    m_total += other.m_total;
}

} // namespace cxrfair
