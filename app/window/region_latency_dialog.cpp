#include "window/region_latency_dialog.h"

#include "document/document.h"
#include "document/scenario_commands.h"
#include "world/world_latency_view.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scalelab {

namespace {

/// A number as typed: the user's locale or plain digits, an optional "ms" after it.
std::optional<double> parseMs(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1String("ms"), Qt::CaseInsensitive))
        text = text.chopped(2).trimmed();
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString msText(double ms)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // "20000" reads back as typed
    return locale.toString(ms, 'g', 6);
}

} // namespace

RegionLatencyDialog::RegionLatencyDialog(Document *doc, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_tabs(new QTabWidget(this)), m_table(new QTableWidget(this)),
      m_world(new WorldLatencyView(this)), m_message(new QLabel(this)),
      m_reset(new QPushButton(tr("&Reset to Default"), this)),
      m_resetAll(new QPushButton(tr("Reset &All"), this))
{
    setObjectName(QStringLiteral("RegionLatencyDialog"));
    setWindowTitle(tr("Region latencies"));
    auto *intro = new QLabel(
        tr("One-way latency in milliseconds between the regions this design uses. A link "
           "between components in two regions pays it on top of its own latency, and so does "
           "replication between them. <b>Bold</b> values are set in this design; the others "
           "come from the default table. Type a value to change it; Reset to Default takes "
           "your value away."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("regionLatencyTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_message->setObjectName(QStringLiteral("regionLatencyMessage"));
    m_message->setWordWrap(true);
    m_reset->setObjectName(QStringLiteral("resetLatencyButton"));
    m_reset->setToolTip(tr("The selected pairs go back to the default table's latency"));
    m_resetAll->setObjectName(QStringLiteral("resetAllLatenciesButton"));
    m_resetAll->setToolTip(tr("Every pair of this design's regions goes back to the default"));

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->addWidget(intro);
    tableLayout->addWidget(m_table, 1);
    auto *resets = new QHBoxLayout;
    resets->addWidget(m_reset);
    resets->addWidget(m_resetAll);
    resets->addStretch(1);
    tableLayout->addLayout(resets);
    m_tabs->addTab(tablePage, tr("&Table"));
    m_tabs->addTab(m_world, tr("&World Map"));

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 460);

    connect(m_table, &QTableWidget::cellChanged, this, &RegionLatencyDialog::cellEdited);
    connect(m_reset, &QPushButton::clicked, this, &RegionLatencyDialog::resetSelected);
    connect(m_resetAll, &QPushButton::clicked, this, &RegionLatencyDialog::resetAll);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &RegionLatencyDialog::apply);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Cancel forgets the edits; the next opening starts from the design.
    connect(this, &QDialog::rejected, this, &RegionLatencyDialog::reload);

    connect(doc, &Document::regionLatenciesChanged, this, &RegionLatencyDialog::reload);
    connect(doc, &Document::scenarioReset, this, &RegionLatencyDialog::reload);
    // Regions come and go with users' and data centers' edits; the edits so far stay.
    for (const auto signal :
         {&Document::componentAdded, &Document::componentChanged, &Document::componentRemoved})
        connect(doc, signal, this, &RegionLatencyDialog::rebuild);
    connect(doc, &Document::groupsChanged, this, &RegionLatencyDialog::rebuild);
    reload();
}

QString RegionLatencyDialog::message() const
{
    return m_message->text();
}

void RegionLatencyDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #d32f2f;") : QString());
}

void RegionLatencyDialog::reload()
{
    m_pending = m_doc->scenario().region_latency;
    showMessage({}, false);
    rebuild();
}

void RegionLatencyDialog::rebuild()
{
    Scenario edited = m_doc->scenario();
    edited.region_latency = m_pending;
    m_world->setScenario(edited);
    m_regions.clear();
    for (const std::string &r : regionsOf(edited))
        m_regions << QString::fromStdString(r);

    m_filling = true;
    const int n = static_cast<int>(m_regions.size());
    m_table->clear();
    m_table->setRowCount(n);
    m_table->setColumnCount(n);
    m_table->setHorizontalHeaderLabels(m_regions);
    m_table->setVerticalHeaderLabels(m_regions);
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (i == j) {
                item->setText(QStringLiteral("—"));
                item->setFlags(Qt::ItemIsEnabled);
                item->setToolTip(tr("A region is at no distance from itself"));
            } else {
                const std::string a = m_regions[i].toStdString(), b = m_regions[j].toStdString();
                const double fallback = defaultRegionLatencyMs(a, b);
                if (const RegionLatency *own = findRegionLatency(m_pending, a, b)) {
                    item->setText(msText(own->latency_ms));
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                    item->setToolTip(
                        tr("Set in this design; the default is %1 ms").arg(msText(fallback)));
                } else {
                    item->setText(msText(fallback));
                    item->setForeground(grey);
                    item->setToolTip(tr("The default table's latency; type a value to change it"));
                }
            }
            m_table->setItem(i, j, item);
        }
    m_filling = false;
    m_reset->setEnabled(n > 1);
    m_resetAll->setEnabled(n > 1);
    if (n < 2 && m_message->text().isEmpty())
        showMessage(tr("This design uses fewer than two regions. Give users a region or put "
                       "data centers in regions to see the distances between them."),
                    false);
}

void RegionLatencyDialog::cellEdited(int row, int column)
{
    if (m_filling || row == column || row >= m_regions.size() || column >= m_regions.size())
        return;
    const QString typed = m_table->item(row, column)->text();
    const std::optional<double> ms = parseMs(typed);
    if (!ms) {
        showMessage(tr("'%1' is not a number of milliseconds").arg(typed), true);
        rebuild();
        return;
    }
    showMessage({}, false);
    setRegionLatency(m_pending, m_regions[row].toStdString(), m_regions[column].toStdString(), *ms);
    rebuild();
}

void RegionLatencyDialog::resetSelected()
{
    for (const QTableWidgetItem *item : m_table->selectedItems())
        if (item->row() != item->column())
            setRegionLatency(m_pending, m_regions[item->row()].toStdString(),
                             m_regions[item->column()].toStdString(), std::nullopt);
    rebuild();
}

void RegionLatencyDialog::resetAll()
{
    for (const QString &a : std::as_const(m_regions))
        for (const QString &b : std::as_const(m_regions))
            if (a != b)
                setRegionLatency(m_pending, a.toStdString(), b.toStdString(), std::nullopt);
    rebuild();
}

QString RegionLatencyDialog::apply()
{
    if (m_pending == m_doc->scenario().region_latency)
        return {};
    const std::vector<RegionLatency> edited = m_pending;
    const QString why = m_doc->pushChecked(makeChangeRegionLatenciesCommand(m_doc, edited));
    if (!why.isEmpty()) {
        // The edits stay for the student to correct.
        m_pending = edited;
        rebuild();
        showMessage(tr("Not applied: %1").arg(why), true);
    }
    return why;
}

} // namespace scalelab
