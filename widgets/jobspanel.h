#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QProgressBar;
class QToolButton;
class QVBoxLayout;

namespace cxrfair {

/// The run panel: the running job with its progress bar, its latest progress text (images/s
/// and time left for inference) and a cancel button; how many jobs wait behind it; and the
/// jobs that ended, newest first, with how they ended.
class JobsPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobsPanel(QWidget* parent = nullptr);

    /// A job starts: a new row at the top.
    void start(const QString& title);
    /// Progress of the running job: `value` from 0 to 1000 and what it is doing.
    void progress(int value, const QString& text);
    /// The running job ended with `message`.
    void finish(const QString& message);
    void setQueued(int count);

    int rowCount() const { return int(m_rows.size()); }
    QString rowTitle(int row) const;
    QString rowDetail(int row) const;
    bool isRowRunning(int row) const;

Q_SIGNALS:
    void cancelRequested();
    void cancelAllRequested();

private:
    struct Row {
        QWidget* widget;
        QLabel* title;
        QLabel* detail;
        QProgressBar* bar;
        QToolButton* cancel;
        bool running;
    };
    std::vector<Row> m_rows; ///< newest first
    QVBoxLayout* m_list;
    QLabel* m_queued;
    QToolButton* m_cancelAll;
};

} // namespace cxrfair
