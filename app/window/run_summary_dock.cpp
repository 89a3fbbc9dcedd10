#include "window/run_summary_dock.h"

#include <QFontDatabase>
#include <QPlainTextEdit>

#include <sstream>

namespace scalelab {

RunSummaryDock::RunSummaryDock(QWidget *parent)
    : QDockWidget(tr("Run summary"), parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("runSummaryDock"));
    m_text->setObjectName(QStringLiteral("runSummaryText"));
    m_text->setReadOnly(true);
    // The table is aligned in columns: a fixed-width font, and no wrapping.
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(
        tr("When a run reaches its end, its summary appears here: latency percentiles, "
           "errors by cause, availability and a table of the components."));
    setWidget(m_text);
}

void RunSummaryDock::showResult(const RunResult &result)
{
    std::ostringstream out;
    writeReport(out, result);
    m_text->setPlainText(QString::fromStdString(out.str()));
}

void RunSummaryDock::clear()
{
    m_text->clear();
}

QString RunSummaryDock::text() const
{
    return m_text->toPlainText();
}

} // namespace scalelab
