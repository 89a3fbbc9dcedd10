// LiveChart: the context menu and the exports (PNG, PDF, CSV).
#include "charts/live_chart.h"

#include "atomic_file.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMenu>

#include <algorithm>
#include <cmath>

namespace scalelab {

QString LiveChart::toCsv() const
{
    // Series share sample times (addSeries pads late ones), but a union keeps the CSV
    // right even if one is missing a row.
    std::vector<double> keys;
    for (int i = 0; i < graphCount(); ++i)
        for (const QCPGraphData &d : *graph(i)->data())
            keys.push_back(d.key);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    QString out = QStringLiteral("t_s");
    for (int i = 0; i < graphCount(); ++i) {
        QString name = graph(i)->name();
        if (name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('"')))
            name = QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                   QLatin1Char('"');
        out += QLatin1Char(',') + name;
    }
    out += QLatin1Char('\n');
    std::vector<QCPGraphDataContainer::const_iterator> at;
    for (int i = 0; i < graphCount(); ++i)
        at.push_back(graph(i)->data()->constBegin());
    for (double key : keys) {
        out += QString::number(key, 'g', 12);
        for (int i = 0; i < graphCount(); ++i) {
            out += QLatin1Char(',');
            auto &it = at[static_cast<std::size_t>(i)];
            const auto end = graph(i)->data()->constEnd();
            while (it != end && it->key < key)
                ++it;
            if (it != end && it->key == key && !std::isnan(it->value))
                out += QString::number(it->value, 'g', 10);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

bool LiveChart::saveCsv(const QString &path) const
{
    return atomic_file::writeBytes(path, toCsv().toUtf8()).isEmpty();
}

void LiveChart::exportDialog(const QString &filter, const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    // QCustomPlot writes pictures by file name: into a temporary beside the target, renamed
    // over it when complete.
    if (suffix == QLatin1String(".png"))
        atomic_file::writeByName(path, [this](const QString &tmp) {
            return savePng(tmp, 0, 0, 2.0); // twice the pixels: crisp on slides
        });
    else if (suffix == QLatin1String(".pdf"))
        atomic_file::writeByName(path, [this](const QString &tmp) { return savePdf(tmp); });
    else
        saveCsv(path);
}

void LiveChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *follow = menu.addAction(tr("Follow the newest data"));
    follow->setCheckable(true);
    follow->setChecked(m_follow);
    connect(follow, &QAction::toggled, this, &LiveChart::setFollow);
    QMenu *window = menu.addMenu(tr("Window"));
    for (int s : {30, 60, 120, 300, 600, 1800}) {
        QAction *a = window->addAction(s < 60 ? tr("%1 s").arg(s) : tr("%1 min").arg(s / 60));
        a->setCheckable(true);
        a->setChecked(m_window == s);
        connect(a, &QAction::triggered, this, [this, s] { setWindowSeconds(s); });
    }
    if (m_logAllowed) {
        QAction *log = menu.addAction(tr("Logarithmic scale"));
        log->setCheckable(true);
        log->setChecked(m_log);
        connect(log, &QAction::toggled, this, &LiveChart::setLogScale);
    }
    addMenuActions(&menu);
    menu.addSeparator();
    connect(menu.addAction(tr("Export picture as PNG…")), &QAction::triggered, this,
            [this] { exportDialog(tr("PNG image (*.png)"), QStringLiteral(".png")); });
    connect(menu.addAction(tr("Export picture as PDF…")), &QAction::triggered, this,
            [this] { exportDialog(tr("PDF document (*.pdf)"), QStringLiteral(".pdf")); });
    connect(menu.addAction(tr("Export data as CSV…")), &QAction::triggered, this,
            [this] { exportDialog(tr("CSV table (*.csv)"), QStringLiteral(".csv")); });
    menu.exec(event->globalPos());
}

} // namespace scalelab
