#include "live/event_log_widget.h"

#include "charts/live_chart.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace scalelab {

namespace {

enum Column { TimeColumn, ComponentColumn, WhatColumn, ColumnCount };

QColor markerColor(int kind)
{
    switch (kind) {
    case 1:
        return QColor(0xdc, 0x26, 0x26);
    case 2:
        return QColor(0x16, 0xa3, 0x4a);
    case 3:
        return QColor(0xd9, 0x77, 0x06);
    case 4:
        return QColor(0x7c, 0x3a, 0xed);
    default:
        return QColor(0x64, 0x74, 0x8b);
    }
}

QIcon makeDotIcon(const QColor &color)
{
    QPixmap pm(10, 10);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 8, 8));
    return QIcon(pm);
}

} // namespace

EventLogWidget::EventLogWidget(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit), m_view(new QTableView),
      m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    for (int kind = 0; kind < kMarkerKinds; ++kind)
        m_dots[static_cast<std::size_t>(kind)] = makeDotIcon(markerColor(kind));
    m_model->setHorizontalHeaderLabels({tr("Time (s)"), tr("Component"), tr("Event")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column matches

    m_filter->setPlaceholderText(tr("Filter events (component, text)…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &EventLogWidget::setFilterText);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ComponentColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::clicked, this, &EventLogWidget::onClicked);
    connect(m_view, &QTableView::activated, this, &EventLogWidget::onClicked);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

void EventLogWidget::appendFrame(const Frame &frame)
{
    appendEntries(frame.newLog);
}

void EventLogWidget::appendEntries(const std::vector<LogEntry> &entries)
{
    if (entries.empty())
        return;
    // Follow the newest entry only if the student has not scrolled up to read.
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    for (const LogEntry &e : entries) {
        auto *time = new QStandardItem(QString::number(e.t_s, 'f', 3));
        time->setData(e.t_s, Qt::UserRole);
        time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *component = new QStandardItem(QString::fromStdString(e.component));
        auto *what = new QStandardItem(QString::fromStdString(e.what));
        // A narrow dock cuts long rows ("health check: web1 marked unhealthy after 2 ..."):
        // the whole entry is in the tooltip of each of its cells.
        const QString whole = tr("%1 s, %2: %3").arg(time->text(), component->text(), what->text());
        for (QStandardItem *cell : {time, component, what})
            cell->setToolTip(whole);
        const int kind = faultMarkerKind(e.what);
        what->setIcon(
            m_dots[static_cast<std::size_t>(kind >= 0 && kind < kMarkerKinds ? kind : 0)]);
        m_model->appendRow({time, component, what});
    }
    const int excess = m_model->rowCount() - kMaxRows;
    if (excess > 0)
        m_model->removeRows(0, excess);
    if (atBottom)
        m_view->scrollToBottom();
}

void EventLogWidget::clear()
{
    m_model->removeRows(0, m_model->rowCount());
}

int EventLogWidget::entryCount() const
{
    return m_model->rowCount();
}

int EventLogWidget::visibleCount() const
{
    return m_proxy->rowCount();
}

void EventLogWidget::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

void EventLogWidget::onClicked(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const QString id = m_model->item(source.row(), ComponentColumn)->text();
    if (!id.isEmpty())
        emit componentActivated(id);
}

} // namespace scalelab
