#include "window/start_page.h"

#include "scenario/scenario_io.h"
#include "window/main_window.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace scalelab {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;
const char kShowKey[] = "showStartPage";

/// The lesson in one line: the first sentence of an example's description.
QString firstSentence(const QString &text)
{
    const QString flat = text.simplified();
    const qsizetype end = flat.indexOf(QLatin1String(". "));
    return end < 0 ? flat : flat.left(end + 1);
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

} // namespace

StartPage::StartPage(MainWindow *window)
    : QDialog(window), m_window(window), m_examples(new QListWidget), m_recent(new QListWidget),
      m_showAtStart(new QCheckBox(tr("Show this page at start")))
{
    setObjectName(QStringLiteral("StartPage"));
    setWindowTitle(tr("Welcome to ScaleLab"));
    m_examples->setObjectName(QStringLiteral("examplesList"));
    m_recent->setObjectName(QStringLiteral("recentList"));
    for (QListWidget *list : {m_examples, m_recent}) {
        list->setWordWrap(true);
        list->setSpacing(2);
        list->setAlternatingRowColors(true);
    }

    auto *intro = new QLabel(tr("Grow a web system from one server to millions of users: "
                                "start from a stage of the chapter, or from an empty canvas."));
    intro->setWordWrap(true);

    auto *newButton = new QPushButton(tr("&New design"));
    newButton->setObjectName(QStringLiteral("newButton"));
    auto *openButton = new QPushButton(tr("&Open…"));
    openButton->setObjectName(QStringLiteral("openButton"));
    auto *closeButton = new QPushButton(tr("Close"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    buttons->addWidget(m_showAtStart);
    buttons->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Welcome to ScaleLab")));
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("The examples, stage by stage")));
    layout->addWidget(m_examples, 3);
    layout->addWidget(heading(tr("Recent files")));
    layout->addWidget(m_recent, 1);
    layout->addLayout(buttons);
    resize(640, 620);

    fillExamples();
    fillRecent();
    m_showAtStart->setChecked(showAtStart());
    connect(m_showAtStart, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QLatin1String(kShowKey), on); });

    connect(newButton, &QPushButton::clicked, this, [this] {
        accept();
        m_window->newDesign();
    });
    connect(openButton, &QPushButton::clicked, this, [this] {
        accept();
        m_window->open();
    });
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_examples, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openExample(item->data(kPathRole).toString()); });
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openRecent(item->data(kPathRole).toString()); });
}

QString StartPage::examplesDir()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList dirs = {QStringLiteral(SCALELAB_EXAMPLES_DIR), appDir + "/examples",
                              appDir + "/../examples", appDir + "/../share/scalelab/examples"};
    for (const QString &dir : dirs)
        if (QFileInfo(dir).isDir())
            return QDir::cleanPath(dir);
    return {};
}

void StartPage::showFor(MainWindow *window)
{
    auto *page = new StartPage(window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->show();
}

bool StartPage::showAtStart()
{
    return QSettings().value(QLatin1String(kShowKey), true).toBool();
}

void StartPage::addEntry(QListWidget *list, const QString &title, const QString &line,
                         const QString &tooltip, const QString &path)
{
    auto *item = new QListWidgetItem(line.isEmpty() ? title : tr("%1\n%2").arg(title, line));
    item->setToolTip(tooltip);
    item->setData(kPathRole, path);
    list->addItem(item);
}

void StartPage::fillExamples()
{
    const QDir dir(examplesDir());
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString path = dir.filePath(file);
        const LoadResult r = loadScenarioFile(path.toStdString());
        if (!r.ok())
            continue;
        const QString description = QString::fromStdString(r.scenario->description);
        addEntry(m_examples, QString::fromStdString(r.scenario->name), firstSentence(description),
                 description.simplified(), path);
    }
    if (m_examples->count() == 0)
        m_examples->addItem(tr("The examples were not found next to the program."));
}

void StartPage::fillRecent()
{
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        if (QFileInfo::exists(path))
            addEntry(m_recent, QFileInfo(path).fileName(), QDir::toNativeSeparators(path), path,
                     path);
    if (m_recent->count() == 0) {
        m_recent->addItem(tr("No recent files yet."));
        m_recent->setEnabled(false);
    }
}

void StartPage::openExample(const QString &path)
{
    if (path.isEmpty() || !m_window->maybeSave())
        return;
    const LoadResult r = loadScenarioFile(path.toStdString());
    if (!r.ok())
        return;
    accept();
    m_window->openUntitled(*r.scenario);
}

void StartPage::openRecent(const QString &path)
{
    if (path.isEmpty() || !m_window->maybeSave())
        return;
    accept();
    m_window->openFile(path);
}

} // namespace scalelab
