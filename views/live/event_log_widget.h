#pragma once

#include "sim/frame.h"

#include <QIcon>
#include <QWidget>

#include <array>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace scalelab {

/// The event log of a run: every failure, recovery, health-check verdict and rejection
/// burst with its simulated time, newest at the bottom. A filter box narrows it by text;
/// clicking an entry emits componentActivated so the canvas can select that component.
class EventLogWidget : public QWidget {
    Q_OBJECT
public:
    /// Older entries are dropped beyond this many rows, so a long run stays bounded.
    static constexpr int kMaxRows = 20000;

    explicit EventLogWidget(QWidget *parent = nullptr);

    /// Adds the frame's new log entries.
    void appendFrame(const Frame &frame);
    void appendEntries(const std::vector<LogEntry> &entries);
    void clear();

    /// Rows in the log (before filtering) and rows shown (after).
    int entryCount() const;
    int visibleCount() const;
    void setFilterText(const QString &text);
    QTableView *view() const { return m_view; }

signals:
    void componentActivated(const QString &id);

private:
    void onClicked(const QModelIndex &proxyIndex);

    QLineEdit *m_filter;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    static constexpr int kMarkerKinds = 5; ///< see faultMarkerKind
    /// The dot of each marker kind, painted once: a burst of entries paints no pixmaps.
    std::array<QIcon, kMarkerKinds> m_dots;
};

} // namespace scalelab
