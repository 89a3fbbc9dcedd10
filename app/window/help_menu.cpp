#include "window/help_menu.h"

#include "canvas/request_layer_item.h"
#include "scenario/kinds/kind_reference.h"
#include "window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace scalelab {

namespace {

/// A dialog with `content` above a Close button.
QDialog *makeDialog(QWidget *parent, const QString &title, QWidget *content, QSize size)
{
    auto *dialog = new QDialog(parent);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(content);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(size);
    return dialog;
}

/// A read-only table without row numbers, for a Help dialog.
QTableWidget *makeTable(int rows, const QStringList &headers, const QString &objectName)
{
    auto *table = new QTableWidget(rows, static_cast<int>(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

/// `table` above a short note.
QWidget *withNote(QTableWidget *table, const QString &text)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto *note = new QTextBrowser;
    note->setMaximumHeight(70);
    note->setText(text);
    layout->addWidget(note);
    return content;
}

/// The menu path of an action, "Edit › Copy", walking the window's menus.
void collect(const QMenu *menu, const QString &path, QList<QPair<QString, QAction *>> &out)
{
    for (QAction *a : menu->actions()) {
        const QString text = QString(a->text()).remove(QLatin1Char('&'));
        if (a->menu())
            collect(a->menu(), HelpMenu::tr("%1 › %2").arg(path, text), out);
        else if (!a->shortcut().isEmpty())
            out.append({HelpMenu::tr("%1 › %2").arg(path, text), a});
    }
}

} // namespace

HelpMenu::HelpMenu(MainWindow *window) : QObject(window), m_window(window)
{
    m_menu = window->menuBar()->addMenu(tr("&Help"));
    m_menu->setObjectName(QStringLiteral("HelpMenu"));
    QAction *start = m_menu->addAction(tr("&Start Page…"));
    start->setObjectName(QStringLiteral("startPageAction"));
    connect(start, &QAction::triggered, this, &HelpMenu::startPageRequested);
    QAction *keys = m_menu->addAction(tr("&Keyboard Shortcuts…"));
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    connect(keys, &QAction::triggered, this, [this] { showDialog(createShortcutsDialog()); });
    QAction *format = m_menu->addAction(tr("The Scenario &Format…"));
    format->setObjectName(QStringLiteral("scenarioFormatAction"));
    connect(format, &QAction::triggered, this, [this] { showDialog(createFormatDialog()); });
    QAction *dots = m_menu->addAction(tr("What the &Dots Mean…"));
    dots->setObjectName(QStringLiteral("dotsLegendAction"));
    connect(dots, &QAction::triggered, this, [this] { showDialog(createDotsDialog()); });
    m_menu->addSeparator();
    QAction *about = m_menu->addAction(tr("&About ScaleLab"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this,
            [this] { QMessageBox::about(m_window, tr("About ScaleLab"), aboutText()); });
}

void HelpMenu::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QDialog *HelpMenu::createShortcutsDialog() const
{
    QList<QPair<QString, QAction *>> rows;
    for (QAction *top : m_window->menuBar()->actions())
        if (top->menu())
            collect(top->menu(), QString(top->text()).remove(QLatin1Char('&')), rows);
    QTableWidget *table = makeTable(static_cast<int>(rows.size()), {tr("Command"), tr("Keys")},
                                    QStringLiteral("shortcutsTable"));
    for (int i = 0; i < rows.size(); ++i) {
        QStringList keys;
        for (const QKeySequence &k : rows[i].second->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(keys.join(tr(" or "))));
    }
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    QWidget *content =
        withNote(table, tr("On the canvas: hold Space and drag (or drag with the middle button) to "
                           "pan, Ctrl + wheel to zoom, hold Alt while dragging to place freely. "
                           "Space alone runs or pauses the simulation."));
    return makeDialog(m_window, tr("Keyboard shortcuts"), content, QSize(520, 620));
}

QString HelpMenu::scenarioFormatPath()
{
    const QString name = QStringLiteral("scenario-format.md");
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList dirs = {QStringLiteral(SCALELAB_EXAMPLES_DIR "/../docs"),
                              appDir + QStringLiteral("/docs"),
                              appDir + QStringLiteral("/../share/scalelab/docs")};
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).filePath(name);
        if (QFileInfo::exists(path))
            return QDir::cleanPath(path);
    }
    return {};
}

QDialog *HelpMenu::createFormatDialog() const
{
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("scenarioFormatText"));
    browser->setOpenExternalLinks(true);
    QFile file(scenarioFormatPath());
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    else // not installed: the per-kind tables, generated from the same declarations
        browser->setMarkdown(QString::fromStdString(kindReference()));
    return makeDialog(m_window, tr("The scenario format"), browser, QSize(760, 700));
}

QDialog *HelpMenu::createDotsDialog() const
{
    struct Row {
        QImage sprite;
        QString meaning;
    };
    constexpr qreal kScale = 2.5; // the dots drawn larger than on the canvas, to be seen
    const QList<Row> rows = {
        {RequestLayerItem::requestSprite(RequestKind::Read, false, kScale),
         tr("A read on its way (a page, a query)")},
        {RequestLayerItem::requestSprite(RequestKind::Write, false, kScale),
         tr("A write on its way (it changes data)")},
        {RequestLayerItem::requestSprite(RequestKind::Static, false, kScale),
         tr("A static request on its way (an image, a script: a CDN can answer it)")},
        {RequestLayerItem::requestSprite(RequestKind::Async, false, kScale),
         tr("An asynchronous request on its way (a job for a queue)")},
        {RequestLayerItem::requestSprite(RequestKind::Read, true, kScale),
         tr("An answer going back, in its request's colour: a cache hit turns back at the "
            "cache, a CDN edge answers the users, a database answers the server that asked")},
        {RequestLayerItem::markSprite(0, kScale),
         tr("A failed request, at the component where it failed (it fades in two seconds)")},
        {RequestLayerItem::markSprite(1, kScale),
         tr("A stale read: answered with data older than the latest write")},
        {RequestLayerItem::markSprite(2, kScale),
         tr("A lost write: committed, then lost when a replica without it was promoted")},
        {RequestLayerItem::markSprite(kLoggedOutMark, kScale),
         tr("A user logged out: the server the request reached did not hold the session")},
    };
    QTableWidget *table =
        makeTable(static_cast<int>(rows.size()), {tr("Meaning")}, QStringLiteral("dotsTable"));
    table->setWordWrap(true);
    table->setIconSize(QSize(24, 24));
    for (int i = 0; i < rows.size(); ++i) {
        QImage sprite = rows[i].sprite;
        sprite.setDevicePixelRatio(1.0);
        auto *item = new QTableWidgetItem(QIcon(QPixmap::fromImage(sprite)), rows[i].meaning);
        table->setItem(i, 0, item);
    }
    table->resizeRowsToContents();
    QWidget *content = withNote(
        table, tr("A dot is one request, where the simulation has it now. When more requests "
                  "are on the links than can be drawn, an even sample is, and the canvas says "
                  "how many of them it shows."));
    return makeDialog(m_window, tr("What the dots mean"), content, QSize(620, 520));
}

QString HelpMenu::aboutText() const
{
    return tr("<h3>ScaleLab %1</h3><p>How a web system grows from zero to millions of users: "
              "draw a design, put load on it and watch it queue, fail and scale.</p>"
              "<p>Built with Qt %2.</p>")
        .arg(QStringLiteral(SCALELAB_VERSION), QString::fromLatin1(qVersion()));
}

} // namespace scalelab
